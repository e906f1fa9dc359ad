import { DuplicateUriError, type Article, type ArticleStore, type NewArticle } from "./articleStore.js";
import { UNIQUE_VIOLATION, type SqlClient } from "./sqlClient.js";

interface Row {
  uri: string;
  text: string;
  title: string | null;
  added_at: Date | string;
}

const toArticle = (r: Row): Article => ({ uri: r.uri, text: r.text, title: r.title, addedAt: new Date(r.added_at) });

/** The article store in SQL that PGlite and PostgreSQL both run. */
export class SqlArticleStore implements ArticleStore {
  constructor(private readonly db: SqlClient) {}

  async all(): Promise<Article[]> {
    const { rows } = await this.db.query<Row>("SELECT uri, text, title, added_at FROM articles ORDER BY added_at, uri");
    return rows.map(toArticle);
  }

  async count(): Promise<number> {
    const { rows } = await this.db.query<{ n: number | string }>("SELECT count(*)::int AS n FROM articles");
    return Number(rows[0].n);
  }

  async add<T>(articles: NewArticle[], apply: () => T | Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(async (tx) => {
        for (const a of articles) {
          await tx.query("INSERT INTO articles (uri, text, title) VALUES ($1, $2, $3)", [a.uri, a.text, a.title]);
        }
        return await apply();
      });
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) {
        const uri = /\(uri\)=\((.*)\)/.exec(String((e as { detail?: string }).detail))?.[1] ?? articles[0]?.uri ?? "";
        throw new DuplicateUriError(uri);
      }
      throw e;
    }
  }

  async remove<T>(uri: string, apply: () => T | Promise<T>): Promise<{ removed: boolean; result?: T }> {
    return this.db.transaction(async (tx) => {
      const { rows } = await tx.query("DELETE FROM articles WHERE uri = $1 RETURNING uri", [uri]);
      if (!rows.length) return { removed: false };
      return { removed: true, result: await apply() };
    });
  }

  async ping(): Promise<void> {
    await this.db.query("SELECT 1");
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
