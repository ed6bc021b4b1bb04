/**
 * The small SQL surface the store logic is written against, so one implementation serves
 * SQLite and PostgreSQL. Placeholders are `?`; the PostgreSQL adapter numbers them.
 */

/** A result row; PostgreSQL returns bigint counts as strings, so readers convert with Number(). */
export type Row = Record<string, unknown>;

/** A database connection (or a transaction on one). */
export interface SqlDb {
  readonly dialect: "sqlite" | "postgres";
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  tx<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** First row of a query, or undefined. */
export async function one(db: SqlDb, sql: string, params: unknown[] = []): Promise<Row | undefined> {
  return (await db.all(sql, params))[0];
}

/** A number column that may arrive as a string (PostgreSQL bigint) or null. */
export function num(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}

/** A text column, null mapped to undefined. */
export function str(v: unknown): string | undefined {
  return v === null || v === undefined || v === "" ? undefined : String(v);
}

/** `?, ?, ?` for n parameters. */
export function marks(n: number): string {
  return Array.from({ length: n }, () => "?").join(", ");
}
