import { createHash } from "node:crypto";
import { createPubSub } from "graphql-yoga";
import { Corpus, type Conflict, type CorpusChange, type Source } from "@proj/model";
import { DuplicateUriError, type Article, type ArticleStore, type Change } from "./store/articleStore.js";
import { validateArticle, DEFAULT_MAX_ARTICLE_BYTES, type ArticleInput, type UserError } from "./validateArticle.js";
import type { FolderArticle } from "./readFolder.js";
import { StoreUnavailableError } from "./store/sqlClient.js";

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

/** What the `conflictsAdded` subscription announces: one write that introduced conflicts. */
export interface ConflictsAdded {
  /** The write's place in the change log (every process announces the same number). */
  seq: number;
  sources: Source[];
  conflicts: Conflict[];
}

export const sourceNotFound: RemoveSourceResult = {
  removedUri: null,
  removedConflictIds: [],
  userErrors: [{ field: ["input", "id"], code: "NOT_FOUND", message: "no source has this id" }],
};

interface QueuedAdd {
  input: ArticleInput;
  uri: string;
  resolve: (result: AddSourceResult) => void;
  reject: (error: unknown) => void;
}

/** Articles written in one transaction at most: a group's commit stays short for the readers waiting on it. */
const MAX_GROUP = 64;

function duplicateResult({ input, uri }: Pick<QueuedAdd, "input" | "uri">): AddSourceResult {
  const field = input.uri == null ? "text" : "uri";
  return {
    source: null,
    introducedConflicts: [],
    userErrors: [
      {
        field: ["input", field],
        code: "DUPLICATE",
        message: input.uri == null ? `the same text is already stored as ${uri}` : `a source with uri ${uri} already exists`,
      },
    ],
  };
}

export interface AppOptions {
  limits?: Limits;
  /**
   * Other processes may write to the store (PostgreSQL): check the change log before each read and
   * replay what they wrote. Off for PGlite, which one process alone can open.
   */
  shared?: boolean;
}

/**
 * The server's state: the engine's `Corpus` in memory, the store behind it, and the one write path.
 * Writes go one at a time (in this process by a queue, across processes by the store's write lock),
 * and each changes the store and the corpus together or neither. The corpus is a replica of the
 * store's change log up to `seq`.
 */
export class App {
  readonly corpus = new Corpus();
  readonly limits: Limits;
  readonly shared: boolean;
  /** Announces the conflicts each write introduced, in this process or (replayed) in another. */
  readonly events = createPubSub<{ conflictsAdded: [ConflictsAdded] }>();
  private readonly titles = new Map<string, string>();
  private writes: Promise<unknown> = Promise.resolve();
  /** `addSource` calls waiting for the next group write. */
  private readonly queuedAdds: QueuedAdd[] = [];
  /** The last change of the log the corpus includes. */
  private seq = 0;
  /** Counts corpus changes: whatever is cached from the corpus is keyed by it. */
  private version_ = 0;
  private conflictIndex?: { version: number; byId: Map<string, Conflict> };
  private seqCheck?: Promise<number>;
  private nextSeqCheck?: Promise<number>;
  private stopListening?: () => Promise<void>;

  constructor(
    readonly store: ArticleStore,
    options: AppOptions | Limits = {},
  ) {
    const o: AppOptions = "maxArticleBytes" in options ? { limits: options } : options;
    this.limits = o.limits ?? defaultLimits;
    this.shared = o.shared ?? false;
  }

  /** Changes whenever the corpus does; equal versions answer every query alike. */
  get version(): number {
    return this.version_;
  }

  /** The last change of the store's log that this process has applied. */
  get appliedSeq(): number {
    return this.seq;
  }

  /** Loads every stored article into the corpus and relates them in one commit; then follows other processes' writes. */
  async load(): Promise<number> {
    if (this.shared) {
      // listen first: a write committed while loading is caught up by the notification
      this.stopListening = await this.store.listen(() => void this.sync().catch(() => undefined));
    }
    return this.serialized(async () => {
      const { articles, seq } = await this.store.snapshot();
      for (const a of articles) this.install(a);
      this.corpus.commit();
      this.seq = seq;
      this.changed();
      return articles.length;
    });
  }

  /**
   * Brings the corpus up to the store's change log: what a read waits for when other processes may
   * write, so that a source added through one process is visible through every other at once. While
   * the store does not answer, reads are served from memory as they stand.
   */
  async sync(): Promise<void> {
    if (!this.shared) return;
    try {
      const last = await this.latestSeq();
      if (last <= this.seq) return;
      await this.serialized(async () => {
        if (last > this.seq) await this.catchUp(await this.store.changesSince(this.seq), (uris) => this.store.articles(uris));
      });
    } catch (e) {
      // a store out of reach: reads go on from memory (what this process last saw); writes fail
      if (!(e instanceof StoreUnavailableError)) throw e;
    }
  }

  /**
   * The store's last seq, asked at most once at a time. A read must see every write committed before
   * it arrived, so it may share a query not sent yet, never one already under way.
   */
  private latestSeq(): Promise<number> {
    if (this.nextSeqCheck) return this.nextSeqCheck;
    const previous = this.seqCheck ?? Promise.resolve(0);
    const next: Promise<number> = previous
      .catch(() => 0)
      .then(() => {
        this.nextSeqCheck = undefined;
        this.seqCheck = next;
        return this.store.lastSeq();
      });
    this.nextSeqCheck = next;
    return next;
  }

  /** Replays changes other processes committed: the uris they touched take the store's state now. */
  private async catchUp(changes: Change[], read: (uris: string[]) => Promise<Article[]>): Promise<void> {
    const fresh = changes.filter((c) => c.seq > this.seq);
    if (!fresh.length) return;
    const touched = [...new Set(fresh.flatMap((c) => c.uris))];
    const stored = new Map((await read(touched)).map((a) => [a.uri, a]));
    for (const uri of touched) {
      const a = stored.get(uri);
      if (a) this.install(a);
      else {
        this.corpus.delete(uri);
        this.titles.delete(uri);
      }
    }
    this.corpus.commit();
    this.seq = fresh[fresh.length - 1].seq;
    this.changed();
    // the writer decided which conflicts its write introduced; this process announces the same ones
    for (const c of fresh) {
      if (c.op !== "add") continue;
      this.announce(
        c.seq,
        c.uris,
        c.conflicts.flatMap((id) => this.conflict(id) ?? []),
      );
    }
  }

  private install(a: Pick<Article, "uri" | "text" | "title">) {
    this.corpus.set(a.uri, a.text);
    if (a.title) this.titles.set(a.uri, a.title);
    else this.titles.delete(a.uri);
  }

  private announce(seq: number, uris: string[], conflicts: Conflict[]) {
    if (!conflicts.length) return;
    this.events.publish("conflictsAdded", { seq, sources: uris.flatMap((u) => this.source(u) ?? []), conflicts });
  }

  private changed() {
    this.version_++;
  }

  /** Stores a folder's articles in one transaction (the first start over a folder). */
  importArticles(articles: FolderArticle[]): Promise<void> {
    return this.serialized(async () => {
      await this.addGroup(articles.map((a) => ({ input: { text: a.text, uri: a.uri }, uri: a.uri })));
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

  /** A conflict by id, from an index rebuilt when the corpus changes. */
  conflict(id: string): Conflict | undefined {
    if (this.conflictIndex?.version !== this.version_) {
      this.conflictIndex = { version: this.version_, byId: new Map(this.corpus.conflicts().map((c) => [c.id, c])) };
    }
    return this.conflictIndex.byId.get(id);
  }

  /**
   * Analyses and stores an article. Articles added while a write is under way are written together
   * after it, in one transaction with one commit of the corpus (a group commit): what costs most,
   * relating the corpus and the store's round trips, is then paid once per group, not per article.
   */
  addSource(input: ArticleInput): Promise<AddSourceResult> {
    const errors = validateArticle(input, this.limits.maxArticleBytes);
    if (errors.length) return Promise.resolve({ source: null, introducedConflicts: [], userErrors: errors });
    const uri = input.uri ?? contentUri(input.text);
    return new Promise((resolve, reject) => {
      this.queuedAdds.push({ input, uri, resolve, reject });
      if (this.queuedAdds.length === 1) void this.serialized(() => this.writeQueuedAdds());
    });
  }

  private async writeQueuedAdds(): Promise<void> {
    const group = this.queuedAdds.splice(0, MAX_GROUP);
    // arrivals from now on form the next group, written after this one
    if (this.queuedAdds.length) void this.serialized(() => this.writeQueuedAdds());
    try {
      const results = await this.addGroup(group);
      group.forEach((a, i) => a.resolve(results[i]));
    } catch (e) {
      // another process stored one of the uris meanwhile: each on its own decides which
      if (e instanceof DuplicateUriError && group.length > 1) {
        for (const a of group) await this.addGroup([a]).then(([r]) => a.resolve(r), a.reject);
      } else for (const a of group) a.reject(e);
    }
  }

  private async addGroup(group: Pick<QueuedAdd, "input" | "uri">[]): Promise<AddSourceResult[]> {
    let fresh: Pick<QueuedAdd, "input" | "uri">[] = [];
    // whether the corpus may hold articles of this group: a failed write forgets them
    let staged = false;
    const pick = () => {
      const uris = new Set<string>();
      // without a uri of its own, the same text twice is the same article
      fresh = group.filter((a) => this.corpus.text(a.uri) === undefined && !uris.has(a.uri) && uris.add(a.uri));
      return fresh.length > 0;
    };
    const rows = () => fresh.map((a) => ({ uri: a.uri, text: a.input.text, title: a.input.title ?? null }));
    const stage = () => {
      staged = true;
      for (const a of fresh) {
        if (a.input.title) this.titles.set(a.uri, a.input.title);
        this.corpus.set(a.uri, a.input.text);
      }
      this.changed();
      return this.corpus.commit();
    };
    try {
      let written: { seq: number; change: CorpusChange } | undefined;
      if (this.shared) {
        // other processes write too: under the store's lock, catch up with them, then decide
        written = await this.store.write(async (tx) => {
          await this.catchUp(await tx.changesSince(this.seq), tx.articles);
          if (!pick()) return undefined;
          await tx.insert(rows());
          const change = stage();
          const seq = await tx.record({ op: "add", uris: fresh.map((a) => a.uri), conflicts: change.addedConflicts.map((c) => c.id) });
          return { seq, change };
        });
      } else if (pick()) {
        // only this process writes (writes here go one at a time): decide in memory, then store the
        // articles and the change in one statement
        const change = stage();
        written = { seq: await this.store.append(rows(), change.addedConflicts.map((c) => c.id)), change };
      }
      if (written) this.committed(written.seq, fresh.map((a) => a.uri), written.change.addedConflicts);
      const groupUris = new Set(fresh.map((a) => a.uri));
      return group.map((a) =>
        written && fresh.includes(a)
          ? {
              source: this.source(a.uri)!,
              // of the conflicts the group introduced, those this article is part of, and those no
              // article of the group is part of (a write can change findings elsewhere, e.g. the
              // corpus's date for undated articles): for a group of one, all of them
              introducedConflicts: written.change.addedConflicts.filter((c) => c.claims.some((x) => x.uri === a.uri) || !c.claims.some((x) => groupUris.has(x.uri))),
              userErrors: [],
            }
          : duplicateResult(a),
      );
    } catch (e) {
      if (staged) this.forget(fresh.map((a) => a.uri));
      if (e instanceof DuplicateUriError && group.length === 1) return [duplicateResult(group[0])];
      throw e;
    }
  }

  removeSource(uri: string): Promise<RemoveSourceResult> {
    return this.serialized(async () => {
      let text: string | undefined;
      let title: string | undefined;
      try {
        const written = await this.store.write(async (tx) => {
          if (this.shared) await this.catchUp(await tx.changesSince(this.seq), tx.articles);
          text = this.corpus.text(uri);
          title = this.titles.get(uri);
          if (text === undefined || !(await tx.delete(uri))) return undefined;
          const change = this.corpus.remove(uri);
          this.titles.delete(uri);
          this.changed();
          const seq = await tx.record({ op: "remove", uris: [uri], conflicts: change.removedConflicts });
          return { seq, change };
        });
        if (!written) return sourceNotFound;
        this.committed(written.seq, [], []);
        return { removedUri: uri, removedConflictIds: written.change.removedConflicts, userErrors: [] };
      } catch (e) {
        // the store kept the article: so does the corpus
        if (text !== undefined && this.corpus.text(uri) === undefined) {
          this.install({ uri, text, title: title ?? null });
          this.corpus.commit();
          this.changed();
        }
        throw e;
      }
    });
  }

  /** After a write of this process committed: the corpus now includes it; subscribers hear of it. */
  private committed(seq: number, uris: string[], introduced: Conflict[]) {
    this.seq = seq;
    this.changed();
    this.announce(seq, uris, introduced);
  }

  /**
   * Drops from the corpus what a failed write put there. Writes run one at a time and only add uris
   * the corpus did not hold, so whatever of them it holds now came from the failed write.
   */
  private forget(uris: string[]) {
    for (const u of uris) {
      if (this.corpus.text(u) !== undefined) this.corpus.remove(u);
      this.titles.delete(u);
    }
    this.changed();
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writes.then(fn, fn);
    this.writes = run.catch(() => undefined);
    return run;
  }

  /** Stops following other processes, then closes the store once the writes under way are done. */
  async close(): Promise<void> {
    await this.stopListening?.();
    await this.writes;
    return this.store.close();
  }
}

/** A uri for an article given without one: the same text always gets the same uri. */
export function contentUri(text: string): string {
  return `urn:corroborate:sha256:${createHash("sha256").update(text).digest("hex").slice(0, 32)}`;
}
