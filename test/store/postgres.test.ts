import { describe } from "vitest";
import { openStore } from "../../src/store/store.ts";
import { PG_URL, tempPostgres } from "./helpers.ts";
import { storeSuite } from "./suite.ts";

if (!PG_URL) console.log("PostgreSQL store tests skipped: set DYAD_TEST_PG (see .ci/postgres.sh)");

describe.skipIf(!PG_URL)("PostgreSQL store", () => {
  storeSuite(async () => {
    const db = await tempPostgres();
    return { store: await openStore(db.url), cleanup: db.drop };
  });
});
