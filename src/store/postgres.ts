/** postgres backend (being built). */
import { DyadError, EXIT } from "../errors.ts";
import type { Store, StoreOptions } from "./store.ts";

/** Opens the postgres store. */
export async function openPostgres(_target: string, _options: StoreOptions): Promise<Store> {
  throw new DyadError("store: postgres backend not built yet", { exitCode: EXIT.store });
}
