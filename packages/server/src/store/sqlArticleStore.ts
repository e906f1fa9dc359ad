import { DuplicateUriError, type Article, type ArticleStore, type Change, type NewArticle, type WriteTx } from "./articleStore.js";
import { UNIQUE_VIOLATION, type SqlClient } from "./sqlClient.js";

interface Row {
  uri: string;
  text: string;
  title: string | null;
  added_at: Date | string;
}

interface ChangeRow {
  seq: number | string;
  op: "add" | "remove";
  uris: string[];
  conflicts: string[] | string;
}

const toArticle = (r: Row): Article => ({ uri: r.uri, text: r.text, title: r.title, addedAt: new Date(r.added_at) });
const toChange = (r: ChangeRow): Change => ({
  seq: Number(r.seq),
  op: r.op,
  uris: r.uris,
  conflicts: typeof r.conflicts === "string" ? JSON.parse(r.conflicts) : r.conflicts,
});

/** Any fixed number: the advisory lock every writer takes, so that writes commit in `seq` order. */
const WRITE_LOCK = 4_000_152;
/** The channel a commit notifies with its `seq`. */
export const CHANGES_CHANNEL = "corroborate_changes";

const ARTICLES = "SELECT uri, text, title, added_at FROM articles";

function changesSince(db: SqlClient, seq: number): Promise<Change[]> {
  return db.query<ChangeRow>("SELECT seq, op, uris, conflicts FROM changes WHERE seq > $1 ORDER BY seq", [seq]).then((r) => r.rows.map(toChange));
}

async function articles(db: SqlClient, uris: string[]): Promise<Article[]> {
  if (!uris.length) return [];
  return (await db.query<Row>(`${ARTICLES} WHERE uri = ANY($1)`, [uris])).rows.map(toArticle);
}

function duplicateOf(e: unknown, fallback: string): DuplicateUriError | undefined {
  if ((e as { code?: string }).code !== UNIQUE_VIOLATION) return undefined;
  return new DuplicateUriError(/\(uri\)=\((.*)\)/.exec(String((e as { detail?: string }).detail))?.[1] ?? fallback);
}

/** The article store in SQL that PGlite and PostgreSQL both run. */
export class SqlArticleStore implements ArticleStore {
  /**
   * Other processes may write to this database (PostgreSQL): writers take the lock and notify. A
   * database only this process can open (PGlite) needs neither: the process writes one at a time,
   * and nobody listens.
   */
  private readonly shared: boolean;

  constructor(private readonly db: SqlClient) {
    this.shared = !!db.listen;
  }

  async all(): Promise<Article[]> {
    return (await this.db.query<Row>(`${ARTICLES} ORDER BY added_at, uri`)).rows.map(toArticle);
  }

  snapshot(): Promise<{ articles: Article[]; seq: number }> {
    return this.db.transaction(async (tx) => {
      // one snapshot for both reads: the articles are exactly those of changes up to seq
      await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      const seq = await lastSeq(tx);
      const rows = (await tx.query<Row>(`${ARTICLES} ORDER BY added_at, uri`)).rows.map(toArticle);
      return { articles: rows, seq };
    });
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number | string }>("SELECT count(*)::int AS n FROM articles");
    return Number(rows[0].n);
  }

  lastSeq(): Promise<number> {
    return lastSeq(this.db);
  }

  changesSince(seq: number): Promise<Change[]> {
    return changesSince(this.db, seq);
  }

  articles(uris: string[]): Promise<Article[]> {
    return articles(this.db, uris);
  }

  async write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.db.transaction(async (db) => {
      if (this.shared) await db.query("SELECT pg_advisory_xact_lock($1)", [WRITE_LOCK]);
      return fn({
        changesSince: (seq) => changesSince(db, seq),
        articles: (uris) => articles(db, uris),
        insert: async (list) => {
          for (const a of list) {
            try {
              await db.query("INSERT INTO articles (uri, text, title) VALUES ($1, $2, $3)", [a.uri, a.text, a.title]);
            } catch (e) {
              throw duplicateOf(e, a.uri) ?? e;
            }
          }
        },
        delete: async (uri) => (await db.query("DELETE FROM articles WHERE uri = $1 RETURNING uri", [uri])).rows.length > 0,
        record: async (change) => {
          const { rows } = await db.query<{ seq: number | string }>("INSERT INTO changes (op, uris, conflicts) VALUES ($1, $2, $3) RETURNING seq", [
            change.op,
            change.uris,
            JSON.stringify(change.conflicts),
          ]);
          const seq = Number(rows[0].seq);
          // delivered when the transaction commits, never if it rolls back
          if (this.shared) await db.query("SELECT pg_notify($1, $2)", [CHANGES_CHANNEL, String(seq)]);
          return seq;
        },
      });
    });
  }

  add<T>(list: NewArticle[], apply: () => T | Promise<T>): Promise<T> {
    return this.write(async (tx) => {
      await tx.insert(list);
      const result = await apply();
      await tx.record({ op: "add", uris: list.map((a) => a.uri), conflicts: [] });
      return result;
    });
  }

  async append(list: NewArticle[], conflicts: string[]): Promise<number> {
    const uris = list.map((a) => a.uri);
    try {
      // one statement is one transaction: the rows and the change commit together or not at all
      const { rows } = await this.db.query<{ seq: number | string }>(
        `WITH stored AS (INSERT INTO articles (uri, text, title) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))
         INSERT INTO changes (op, uris, conflicts) VALUES ('add', $1, $4) RETURNING seq`,
        [uris, list.map((a) => a.text), list.map((a) => a.title), JSON.stringify(conflicts)],
      );
      return Number(rows[0].seq);
    } catch (e) {
      throw duplicateOf(e, uris[0]) ?? e;
    }
  }

  remove<T>(uri: string, apply: () => T | Promise<T>): Promise<{ removed: boolean; result?: T }> {
    return this.write(async (tx) => {
      if (!(await tx.delete(uri))) return { removed: false };
      const result = await apply();
      await tx.record({ op: "remove", uris: [uri], conflicts: [] });
      return { removed: true, result };
    });
  }

  async listen(onChange: () => void): Promise<() => Promise<void>> {
    return this.db.listen ? this.db.listen(CHANGES_CHANNEL, onChange) : async () => undefined;
  }

  async ping(): Promise<void> {
    await this.db.query("SELECT 1");
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

async function lastSeq(db: SqlClient): Promise<number> {
  const { rows } = await db.query<{ seq: number | string | null }>("SELECT max(seq) AS seq FROM changes");
  return Number(rows[0].seq ?? 0);
}
