import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { SqlClient } from "./sqlClient.js";
import { migrate } from "./migrate.js";
import { SqlArticleStore } from "./sqlArticleStore.js";

type Queryable = Pick<PGlite, "query" | "exec"> | Transaction;

function client(db: Queryable, top?: PGlite): SqlClient {
  return {
    query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await db.query<R>(sql, params)).rows }),
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (fn) => {
      if (!top) throw new Error("nested transactions are not supported");
      return top.transaction((tx) => fn(client(tx)));
    },
    close: async () => {
      await top?.close();
    },
  };
}

/**
 * Opens (creating on first use) the embedded PostgreSQL in `dataDir` and brings its schema up to
 * date. PGlite allows one connection per data directory: one server process per directory.
 */
export async function openPgliteStore(dataDir: string): Promise<SqlArticleStore> {
  await mkdir(dirname(dataDir), { recursive: true });
  const db = await PGlite.create(dataDir);
  const sql = client(db, db);
  await migrate(sql);
  return new SqlArticleStore(sql);
}
