import { createHash } from "node:crypto";
import { Corpus, type Conflict, type Source } from "@proj/model";
import { DuplicateUriError, type ArticleStore } from "./store/articleStore.js";
import { validateArticle, DEFAULT_MAX_ARTICLE_BYTES, type ArticleInput, type UserError } from "./validateArticle.js";
import type { FolderArticle } from "./readFolder.js";

export interface Limits {
  /** Largest article `addSource` accepts, in UTF-8 bytes. */
  maxArticleBytes: number;
}

export const defaultLimits: Limits = { maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES };

export interface AddSourceResult {
  source: Source | null;
  introducedConflicts: Conflict[];
  userErrors: UserError[];
}

export interface RemoveSourceResult {
  removedUri: string | null;
  removedConflictIds: string[];
  userErrors: UserError[];
}

export const sourceNotFound: RemoveSourceResult = {
  removedUri: null,
  removedConflictIds: [],
  userErrors: [{ field: ["input", "id"], code: "NOT_FOUND", message: "no source has this id" }],
};

/**
 * The server's state: the engine's `Corpus` in memory, the store behind it, and the one write path.
 * Writes go one at a time, and each changes the store and the corpus together or neither.
 */
export class App {
  readonly corpus = new Corpus();
  private readonly titles = new Map<string, string>();
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: ArticleStore,
    readonly limits: Limits = defaultLimits,
  ) {}

  /** Loads every stored article into the corpus and relates them in one commit. */
  async load(): Promise<number> {
    const articles = await this.store.all();
    for (const a of articles) {
      this.corpus.set(a.uri, a.text);
      if (a.title) this.titles.set(a.uri, a.title);
    }
    this.corpus.commit();
    return articles.length;
  }

  /** Stores a folder's articles in one transaction (the first start over a folder). */
  importArticles(articles: FolderArticle[]): Promise<void> {
    return this.serialized(async () => {
      const fresh = articles.filter((a) => this.corpus.text(a.uri) === undefined);
      try {
        await this.store.add(
          fresh.map((a) => ({ uri: a.uri, text: a.text, title: null })),
          () => {
            for (const a of fresh) this.corpus.set(a.uri, a.text);
            this.corpus.commit();
          },
        );
      } catch (e) {
        this.forget(fresh.map((a) => a.uri));
        throw e;
      }
    });
  }

  /** The source as the engine sees it, with the title its author gave, if any. */
  source(uri: string): Source | undefined {
    const s = this.corpus.document(uri)?.source;
    if (!s) return undefined;
    const title = this.titles.get(uri);
    return title ? { ...s, title } : s;
  }

  sources(): Source[] {
    return this.corpus.uris().map((u) => this.source(u)!);
  }

  addSource(input: ArticleInput): Promise<AddSourceResult> {
    return this.serialized(async () => {
      const errors = validateArticle(input, this.limits.maxArticleBytes);
      if (errors.length) return { source: null, introducedConflicts: [], userErrors: errors };
      const uri = input.uri ?? contentUri(input.text);
      // without a uri of its own, the same text twice is the same article
      const duplicateField = input.uri == null ? "text" : "uri";
      const duplicate: UserError = {
        field: ["input", duplicateField],
        code: "DUPLICATE",
        message: input.uri == null ? `the same text is already stored as ${uri}` : `a source with uri ${uri} already exists`,
      };
      if (this.corpus.text(uri) !== undefined) return { source: null, introducedConflicts: [], userErrors: [duplicate] };
      try {
        const change = await this.store.add([{ uri, text: input.text, title: input.title ?? null }], () => this.corpus.update(uri, input.text));
        if (input.title) this.titles.set(uri, input.title);
        return { source: this.source(uri)!, introducedConflicts: change.addedConflicts, userErrors: [] };
      } catch (e) {
        this.forget([uri]);
        if (e instanceof DuplicateUriError) return { source: null, introducedConflicts: [], userErrors: [duplicate] };
        throw e;
      }
    });
  }

  removeSource(uri: string): Promise<RemoveSourceResult> {
    return this.serialized(async () => {
      const text = this.corpus.text(uri);
      if (text === undefined) return sourceNotFound;
      const { removed, result } = await this.store.remove(uri, () => this.corpus.remove(uri)).catch((e: unknown) => {
        // the store kept the article: so does the corpus
        if (this.corpus.text(uri) === undefined) this.corpus.update(uri, text);
        throw e;
      });
      if (!removed || !result) return sourceNotFound;
      this.titles.delete(uri);
      return { removedUri: uri, removedConflictIds: result.removedConflicts, userErrors: [] };
    });
  }

  /**
   * Drops from the corpus what a failed write put there. Writes run one at a time and only add uris
   * the corpus did not hold, so whatever of them it holds now came from the failed write.
   */
  private forget(uris: string[]) {
    for (const u of uris) if (this.corpus.text(u) !== undefined) this.corpus.remove(u);
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writes.then(fn, fn);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Closes the store once the writes under way are done. */
  async close(): Promise<void> {
    await this.writes;
    return this.store.close();
  }
}

/** A uri for an article given without one: the same text always gets the same uri. */
export function contentUri(text: string): string {
  return `urn:corroborate:sha256:${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
}
