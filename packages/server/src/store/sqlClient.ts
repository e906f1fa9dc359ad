/** The little of a SQL connection the store needs; PGlite and `pg` both fit behind it. */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel over a connection of its own; resolves to a function that stops. Absent where
   * only one process can use the database (PGlite): nobody else can write.
   */
  listen?(channel: string, onNotify: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL's SQLSTATE for a unique constraint violation. */
export const UNIQUE_VIOLATION = "23505";

/** The database did not answer (down, restarting, connection lost): nothing was written by this call. */
export class StoreUnavailableError extends Error {
  constructor(readonly cause: unknown) {
    super("the article store is not answering");
  }
}

/**
 * Whether a driver error means the database is out of reach rather than that the statement was
 * wrong: network errors (no SQLSTATE), connection exceptions (class 08), the server shutting down
 * (57P0x) or out of resources (class 53).
 */
export function isConnectionError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return e instanceof Error;
  return /^(08|57P0|53)/.test(code) || /^E[A-Z]+$/.test(code);
}
