import pg from "pg";
import { isConnectionError, StoreUnavailableError, type SqlClient } from "./sqlClient.js";
import { migrate } from "./migrate.js";
import { SqlArticleStore } from "./sqlArticleStore.js";

/** A lost connection becomes a `StoreUnavailableError`; any other error stays as it is. */
const unavailable = (e: unknown) => (isConnectionError(e) ? new StoreUnavailableError(e) : e);

function client(db: pg.Pool | pg.PoolClient, pool?: pg.Pool): SqlClient {
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
    const sql = client(pool, pool);
    await migrate(sql);
    return new SqlArticleStore(sql);
  } catch (e) {
    await pool.end();
    throw e;
  }
}
