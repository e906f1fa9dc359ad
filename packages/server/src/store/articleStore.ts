/**
 * Where articles live between runs. The server keeps its analysis in memory (the engine's `Corpus`)
 * and stores what it cannot recompute: the articles as given, and the log of writes that lets
 * several server processes over one database keep their corpora equal. One small interface so that
 * the embedded PGlite store and a PostgreSQL server share the same SQL and the same callers.
 */

export interface Article {
  uri: string;
  text: string;
  /** A title given by whoever added the article; the engine's own title is used when absent. */
  title: string | null;
  addedAt: Date;
}

export type NewArticle = Omit<Article, "addedAt">;

/** One committed write, as other processes replay it. */
export interface Change {
  /** Increases with every write; commit order. */
  seq: number;
  op: "add" | "remove";
  uris: string[];
  /** Conflict ids the write introduced (add) or removed (remove), as the writer computed them. */
  conflicts: string[];
}

export class DuplicateUriError extends Error {
  constructor(readonly uri: string) {
    super(`an article with uri ${uri} is already stored`);
  }
}

/** What a write may do inside its transaction, while it holds the store's write lock. */
export interface WriteTx {
  /** Changes committed after `seq`, oldest first (what the writer must replay before deciding). */
  changesSince(seq: number): Promise<Change[]>;
  /** The articles stored under these uris now. */
  articles(uris: string[]): Promise<Article[]>;
  /** Inserts; a uri already stored throws `DuplicateUriError`. */
  insert(articles: NewArticle[]): Promise<void>;
  /** Deletes; false when there was nothing to delete. */
  delete(uri: string): Promise<boolean>;
  /** Records the write in the change log (and notifies listeners on commit); returns its `seq`. */
  record(change: Omit<Change, "seq">): Promise<number>;
}

export interface ArticleStore {
  /** Every stored article, oldest first. */
  all(): Promise<Article[]>;
  /** Every stored article and the last change they include, read in one transaction. */
  snapshot(): Promise<{ articles: Article[]; seq: number }>;
  count(): Promise<number>;
  /** The last change's `seq` (0 before any); one cheap query, asked before reads when processes share the store. */
  lastSeq(): Promise<number>;
  changesSince(seq: number): Promise<Change[]>;
  /** The articles stored under these uris (one query however many: what the dataloader batches). */
  articles(uris: string[]): Promise<Article[]>;
  /**
   * Runs `fn` in one transaction holding a lock every writer of this database takes, in this process
   * or another: writes happen one at a time and their sequence numbers commit in order. When `fn`
   * throws, nothing it wrote stays.
   */
  write<T>(fn: (tx: WriteTx) => Promise<T>): Promise<T>;
  /**
   * Stores articles in one transaction and records the write. `apply` runs inside it, after the rows
   * are written: when it throws, nothing is stored. A uri already stored throws `DuplicateUriError`.
   */
  add<T>(articles: NewArticle[], apply: () => T | Promise<T>): Promise<T>;
  /**
   * Stores articles and records their addition with the conflicts it introduced, in one statement:
   * all of it or nothing. It takes no write lock and catches nothing up, so it is for a store that
   * only this process writes to (PGlite), where the write is decided before it is stored. A uri
   * already stored throws `DuplicateUriError`. Resolves to the change's `seq`.
   */
  append(articles: NewArticle[], conflicts: string[]): Promise<number>;
  /** Deletes one article in a transaction around `apply`; false when there was none. */
  remove<T>(uri: string, apply: () => T | Promise<T>): Promise<{ removed: boolean; result?: T }>;
  /**
   * Calls `onChange` when another process commits a write (PostgreSQL LISTEN); resolves to a function
   * that stops listening. Stores that only one process can open never call it.
   */
  listen(onChange: () => void): Promise<() => Promise<void>>;
  /** Answers when the store can serve queries (for a readiness check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
