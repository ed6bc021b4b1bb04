/** sqlite backend (being built). */
import { DyadError, EXIT } from "../errors.ts";
import type { Store, StoreOptions } from "./store.ts";

/** Opens the sqlite store. */
export async function openSqlite(_target: string, _options: StoreOptions): Promise<Store> {
  throw new DyadError("store: sqlite backend not built yet", { exitCode: EXIT.store });
}
