/**
 * The one error type that crosses module boundaries. The CLI prints its message on one line
 * and exits with its code; the API maps it to a 4xx/5xx response.
 */
export class DyadError extends Error {
  /** Process exit code for the CLI (see README, "Exit codes"). */
  readonly exitCode: number;
  /** HTTP status for the API. */
  readonly status: number;
  constructor(message: string, options: { exitCode?: number; status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "DyadError";
    this.exitCode = options.exitCode ?? 1;
    this.status = options.status ?? 400;
  }
}

/** Exit codes used by the CLI. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** The input file cannot be read (missing, a folder, no permission). */
  unreadable: 3,
  /** The input is not a document: empty, binary, invalid UTF-8, over a size limit. */
  badInput: 4,
  /** The store cannot be opened or written (corrupt file, disk full, server down). */
  store: 5,
  /** A bug: an unexpected exception. */
  internal: 70,
} as const;

/**
 * Runs a call to the store or its queue, turning driver errors (a dropped connection, a full
 * disk) into one-line DyadErrors that exit with EXIT.store: "store: <what> failed: <first line>".
 */
export async function storeCall<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof DyadError) throw err;
    const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new DyadError(`store: ${what} failed: ${msg}`, { exitCode: EXIT.store, status: 500, cause: err });
  }
}
