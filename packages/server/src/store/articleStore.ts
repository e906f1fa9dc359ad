/**
 * Where articles live between runs. The server keeps its analysis in memory (the engine's `Corpus`)
 * and stores only what it cannot recompute: the articles as given. One small interface so that the
 * embedded PGlite store and a PostgreSQL server share the same SQL and the same callers.
 */

export interface Article {
  uri: string;
  text: string;
  /** A title given by whoever added the article; the engine's own title is used when absent. */
  title: string | null;
  addedAt: Date;
}

export type NewArticle = Omit<Article, "addedAt">;

export class DuplicateUriError extends Error {
  constructor(readonly uri: string) {
    super(`an article with uri ${uri} is already stored`);
  }
}

export interface ArticleStore {
  /** Every stored article, oldest first. */
  all(): Promise<Article[]>;
  count(): Promise<number>;
  /**
   * Stores articles in one transaction. `apply` runs inside it, after the rows are written: when it
   * throws, nothing is stored. A uri already stored throws `DuplicateUriError`.
   */
  add<T>(articles: NewArticle[], apply: () => T | Promise<T>): Promise<T>;
  /** Deletes one article in a transaction around `apply`; false when there was none. */
  remove<T>(uri: string, apply: () => T | Promise<T>): Promise<{ removed: boolean; result?: T }>;
  /** Answers when the store can serve queries (for a readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
