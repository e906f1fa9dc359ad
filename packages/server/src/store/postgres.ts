import pg from "pg";
import type { SqlClient } from "./sqlClient.js";
import { migrate } from "./migrate.js";
import { SqlArticleStore } from "./sqlArticleStore.js";

function client(db: pg.Pool | pg.PoolClient, pool?: pg.Pool): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await db.query(sql, params)).rows as R[] }),
    exec: async (sql) => {
      await db.query(sql);
    },
    transaction: async (fn) => {
      if (!pool) throw new Error("nested transactions are not supported");
      const conn = await pool.connect();
      try {
        await conn.query("BEGIN");
        const result = await fn(client(conn));
        await conn.query("COMMIT");
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
  try {
    const sql = client(pool, pool);
    await migrate(sql);
    return new SqlArticleStore(sql);
  } catch (e) {
    await pool.end();
    throw e;
  }
}
