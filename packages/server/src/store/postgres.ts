import pg from "pg";
import { isConnectionError, StoreUnavailableError, type SqlClient } from "./sqlClient.js";
import { migrate } from "./migrate.js";
import { SqlArticleStore } from "./sqlArticleStore.js";

/** A lost connection becomes a `StoreUnavailableError`; any other error stays as it is. */
const unavailable = (e: unknown) => (isConnectionError(e) ? new StoreUnavailableError(e) : e);

function client(db: pg.Pool | pg.PoolClient, pool?: pg.Pool, connectionString?: string): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await db.query(sql, params).catch((e) => Promise.reject(unavailable(e)))).rows as R[] }),
    exec: async (sql) => {
      await db.query(sql).catch((e) => Promise.reject(unavailable(e)));
    },
    transaction: async (fn) => {
      if (!pool) throw new Error("nested transactions are not supported");
      const conn = await pool.connect().catch((e) => Promise.reject(unavailable(e)));
      try {
        await conn.query("BEGIN").catch((e) => Promise.reject(unavailable(e)));
        const result = await fn(client(conn));
        await conn.query("COMMIT").catch((e) => Promise.reject(unavailable(e)));
        return result;
      } catch (e) {
        await conn.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        conn.release();
      }
    },
    listen: connectionString ? (channel, onNotify) => listen(connectionString, channel, onNotify) : undefined,
    close: async () => {
      await pool?.end();
    },
  };
}

/** Connects to a PostgreSQL server (`DATABASE_URL`) and brings its schema up to date. */
export async function openPostgresStore(connectionString: string): Promise<SqlArticleStore> {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle connection lost when PostgreSQL stops or restarts: the pool drops it and opens a new one
  // on the next query. Without a listener, Node would end the whole process on this event.
  pool.on("error", () => undefined);
  try {
    const sql = client(pool, pool, connectionString);
    await migrate(sql);
    return new SqlArticleStore(sql);
  } catch (e) {
    await pool.end();
    throw e;
  }
}

/**
 * LISTEN over a connection of its own (a pooled one would be handed to queries). A lost connection
 * is opened again after a second, and `onNotify` is called then too: changes committed meanwhile are
 * caught up at once rather than at the next request.
 */
async function listen(connectionString: string, channel: string, onNotify: () => void): Promise<() => Promise<void>> {
  let stopped = false;
  let conn: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const reopen = () => {
    if (!stopped) retry = setTimeout(() => void open().then(onNotify, reopen), 1000);
  };
  const open = async (): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on("notification", (n) => n.channel === channel && onNotify());
    c.on("error", () => {
      if (stopped) return;
      conn = undefined;
      c.end().catch(() => undefined);
      reopen();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (e) {
      await c.end().catch(() => undefined);
      throw e;
    }
    if (stopped) await c.end();
    else conn = c;
  };
  await open();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await conn?.end().catch(() => undefined);
  };
}
