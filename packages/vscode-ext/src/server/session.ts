import { stat } from "node:fs/promises";
import { buildReport, compareSources, Corpus, fileName, LineIndex, type Comparison, type DocumentAnalysis, type Report } from "@proj/model";
import {
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type Disposable,
  type DocumentSymbol,
  type FileEvent,
  type Hover,
  type InlayHint,
  type Location,
  type Position,
  type Range,
  type SymbolInformation,
  type TextDocuments,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { STATUS_NOTIFICATION, type IgnoreConflictArgs, type RescanResult, type StatusParams } from "../shared/requests.js";
import { defaultSettings, maxFileBytes, type CorroborateSettings } from "../shared/settings.js";
import { AnalysisPool } from "./analysisPool.js";
import { ArticleFilter, type Folder } from "./articleFiles.js";
import { conflictCodeActions } from "./codeActions.js";
import { checkText } from "./decodeArticle.js";
import { conflictDiagnostics, notAnalysedDiagnostic } from "./diagnostics.js";
import { withClientUris } from "./compare.js";
import { claimHover } from "./hover.js";
import { addIgnoredId, ignoreFilePath, readIgnoredIds } from "./ignoreFile.js";
import { dateInlayHints } from "./inlayHints.js";
import { mapLimited } from "./mapLimited.js";
import { DiagnosticsOutbox } from "./outbox.js";
import { readArticle, type DiskArticle } from "./readArticle.js";
import { claimReferences } from "./references.js";
import { SerialQueue } from "./serialQueue.js";
import { documentSymbols } from "./symbols.js";
import { Throttle } from "./throttle.js";
import { filePath, fileUri, uriKey } from "./uris.js";
import { registerWatchers } from "./watchers.js";

export interface SessionOptions {
  /** Milliseconds between analyses of a document being typed in. */
  typingDelayMs?: number;
  /** The client registers file watchers on request (`workspace/didChangeWatchedFiles` dynamic registration). */
  watchFiles?: boolean;
  relativePatterns?: boolean;
  /** The client re-requests inlay hints on `workspace/inlayHint/refresh`. */
  refreshInlayHints?: boolean;
  /** The client shows a document on request (`window/showDocument`). */
  showDocument?: boolean;
  /** The client understands hierarchical document symbols. */
  hierarchicalSymbols?: boolean;
}

/** Files read (and handed to the analysis pool) at once during a scan. */
const READ_AHEAD = 32;

function startPool(size: number, warn: (error: Error) => void): AnalysisPool | undefined {
  try {
    return new AnalysisPool(size);
  } catch (error) {
    warn(error as Error);
    return undefined;
  }
}

const DELETED_WHILE_OPEN = "the file was deleted from disk while open; it is analysed again once it is saved";

/**
 * The language server's state and its one update path: something changed (a keystroke, a file on
 * disk, a setting) → the Corpus is updated → the diagnostics of every file the Corpus says changed
 * are published. Documents are keyed by `uriKey`; the editor's text of an open document wins over
 * the file on disk. Every change runs on one queue, in order.
 */
export class Session {
  private corpus = new Corpus({ tolerance: defaultSettings.tolerance });
  private settings = defaultSettings;
  private folders: Folder[] = [];
  private filter = new ArticleFilter([], defaultSettings.include, defaultSettings.exclude);
  /** Files that are not analysed, and why: shown as one information diagnostic each. */
  private readonly problems = new Map<string, string>();
  /** Keys whose last published diagnostics were not empty: they must be cleared when that changes. */
  private readonly published = new Set<string>();
  /** Open documents: key → the URI as the client spells it. */
  private readonly open = new Map<string, string>();
  /** The editor version of each open document the Corpus holds. */
  private readonly analysedVersion = new Map<string, number>();
  private readonly deletedWhileOpen = new Set<string>();
  /** Conflict ids of every workspace folder's `.corroborate/ignore.json`: not shown. */
  private ignored = new Set<string>();
  /** Why a folder's ignore file could not be read, so that each problem is shown once. */
  private readonly ignoreProblems = new Map<string, string>();
  /** Set by `publish`: the task that ran analysed something, so the status and inlay hints follow. */
  private analysedSomething = false;
  private inlayHintsChanged = false;
  private scanned = false;
  /** Set by `start`: settings that arrive before the workspace folders are only stored. */
  private started = false;
  private watchers?: Promise<Disposable>;
  private readonly queue: SerialQueue;
  private readonly throttle: Throttle;
  private readonly outbox: DiagnosticsOutbox;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly options: SessionOptions = {},
  ) {
    this.queue = new SerialQueue((error) => connection.console.error(`corroborate: ${(error as Error)?.stack ?? String(error)}`));
    this.outbox = new DiagnosticsOutbox(
      (params) => connection.sendDiagnostics(params),
      (error) => connection.console.error(`corroborate: diagnostics not sent: ${(error as Error)?.message ?? String(error)}`),
    );
    this.throttle = new Throttle(options.typingDelayMs ?? 150, (key) => void this.run(() => this.analyseOpen(key)));
  }

  // ---- events, each queued ----

  /** The first scan, with the settings the client holds: one pass over the files. */
  start(folders: Folder[], settings: CorroborateSettings): Promise<unknown> {
    return this.run(() => {
      this.folders = folders;
      this.started = true;
      this.scanned = false;
      return this.applySettings(settings);
    });
  }

  setFolders(folders: Folder[]): Promise<unknown> {
    return this.run(() => {
      this.folders = folders;
      return this.started && this.settings.enable ? this.rescanNow(true) : undefined;
    });
  }

  configure(next: CorroborateSettings): Promise<unknown> {
    return this.run(() => this.applySettings(next));
  }

  opened(uri: string): void {
    const key = uriKey(uri);
    this.open.set(key, uri);
    this.throttle.cancel(key);
    void this.run(() => this.analyseOpen(key));
  }

  changed(uri: string): void {
    this.throttle.schedule(uriKey(uri));
  }

  closed(uri: string): void {
    const key = uriKey(uri);
    this.open.delete(key);
    this.throttle.cancel(key);
    this.analysedVersion.delete(key);
    this.deletedWhileOpen.delete(key);
    void this.run(() => this.reloadFromDisk([key]));
  }

  watched(changes: FileEvent[]): Promise<unknown> {
    return this.run(() => this.applyFileEvents(changes));
  }

  rescan(): Promise<RescanResult | undefined> {
    return this.run(() => this.rescanNow(false));
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    const key = uriKey(uri);
    // the hover must describe the text under the cursor, not the one before the last keystrokes
    this.throttle.flush(key);
    const result = await this.run(() => {
      const text = this.corpus.text(key);
      if (!this.settings.enable || text === undefined || this.problems.has(key)) return null;
      return claimHover(this.corpus, key, new LineIndex(text).offset(position));
    });
    return result ?? null;
  }

  async report(): Promise<Report | undefined> {
    return this.run(() =>
      buildReport(this.corpus, {
        // as `corroborate check` prints it: the ignored conflicts left out
        ignore: this.ignored,
        pathOf: (key) => this.displayPath(key),
      }),
    );
  }

  /** The pictures' data (the ignored conflicts marked as reviewed), with the client's uris. */
  async compare(): Promise<Comparison | undefined> {
    return this.run(() =>
      withClientUris(compareSources(this.corpus, { ignore: this.ignored, pathOf: (key) => this.displayPath(key) }), (key) => this.clientUri(key)),
    );
  }

  /** A document as people name it: relative to its workspace folder, else its file name. */
  private displayPath(key: string): string {
    const path = filePath(key);
    return (path && this.filter.locate(path)?.rel) ?? fileName(key);
  }

  async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    const key = uriKey(uri);
    this.throttle.flush(key);
    const result = await this.run(() => (this.shows(key) && this.settings.inlayHints ? dateInlayHints(this.corpus, key, range) : []));
    return result ?? [];
  }

  async documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[]> {
    const key = uriKey(uri);
    this.throttle.flush(key);
    const result = await this.run(() => (this.shows(key) ? documentSymbols(this.corpus, this.clientUri(key), !!this.options.hierarchicalSymbols) : []));
    return result ?? [];
  }

  async references(uri: string, position: Position, includeDeclaration: boolean): Promise<Location[]> {
    const key = uriKey(uri);
    this.throttle.flush(key);
    const result = await this.run(() => {
      if (!this.shows(key)) return [];
      const offset = new LineIndex(this.corpus.text(key)!).offset(position);
      return claimReferences(this.corpus, key, offset, includeDeclaration).map((l) => ({ ...l, uri: this.clientUri(l.uri) }));
    });
    return result ?? [];
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const key = uriKey(params.textDocument.uri);
    const result = await this.run(() => {
      if (!this.shows(key)) return [];
      const conflicts = new Map(this.corpus.conflictsOf(key).map((c) => [c.id, c]));
      const options = {
        openLocations: !!this.options.showDocument,
        canIgnore: !!this.folderOf(key),
        clientUri: (k: string) => this.clientUri(k),
      };
      return params.context.diagnostics.flatMap((d) => conflictCodeActions(d, params.textDocument.uri, (id) => (this.ignored.has(id) ? undefined : conflicts.get(id)), options));
    });
    return result ?? [];
  }

  /**
   * Adds a conflict to `.corroborate/ignore.json` of the workspace folder holding the document
   * (the first folder for a document outside them all), then drops its diagnostics everywhere.
   */
  ignore(args: IgnoreConflictArgs): Promise<{ file: string } | { error: string } | undefined> {
    return this.run(async () => {
      const folder = this.folderOf(uriKey(args.uri));
      if (!folder) return { error: "there is no workspace folder to hold .corroborate/ignore.json" };
      try {
        await addIgnoredId(folder.path, args.id);
      } catch (error) {
        return { error: (error as Error).message };
      }
      await this.loadIgnored();
      this.publish(this.knownKeys());
      return { file: ignoreFilePath(folder.path) };
    });
  }

  dispose(): void {
    this.throttle.dispose();
    void this.watchers?.then((w) => w.dispose()).catch(() => undefined);
  }

  // ---- the update path ----

  /**
   * Runs a task on the queue; when it analysed something, the client then hears the status and
   * is asked to fetch the inlay hints again.
   */
  private run<T>(task: () => T | Promise<T>): Promise<T | undefined> {
    return this.queue.run(async () => {
      const started = performance.now();
      try {
        return await task();
      } finally {
        if (this.analysedSomething || this.inlayHintsChanged) this.afterAnalysis(Math.round(performance.now() - started));
      }
    });
  }

  private afterAnalysis(ms: number): void {
    if (this.analysedSomething) {
      const shown = this.corpus.conflicts().filter((c) => !this.ignored.has(c.id)).length;
      const status: StatusParams = {
        enabled: this.settings.enable,
        analysed: this.corpus.uris().length,
        notAnalysed: this.problems.size,
        conflicts: shown,
        ignored: this.corpus.conflicts().length - shown,
        ms,
      };
      void this.connection.sendNotification(STATUS_NOTIFICATION, status);
    }
    if (this.options.refreshInlayHints && (this.settings.inlayHints || this.inlayHintsChanged)) {
      void this.connection.languages.inlayHint.refresh().catch(() => undefined);
    }
    this.analysedSomething = false;
    this.inlayHintsChanged = false;
  }

  /** Conflict ids of every folder's ignore file. A malformed file ignores nothing and is said once. */
  private async loadIgnored(): Promise<void> {
    const ids = new Set<string>();
    for (const folder of this.folders) {
      try {
        for (const id of await readIgnoredIds(folder.path)) ids.add(id);
        this.ignoreProblems.delete(folder.uri);
      } catch (error) {
        const message = `Corroborate: ${(error as Error).message} (in ${folder.name}); no conflict is ignored from it.`;
        if (this.ignoreProblems.get(folder.uri) !== message) void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
        this.ignoreProblems.set(folder.uri, message);
      }
    }
    this.ignored = ids;
  }

  private async applySettings(next: CorroborateSettings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (next.inlayHints !== prev.inlayHints) this.inlayHintsChanged = true;
    if (!this.started) return;
    if (!next.enable) {
      // Nothing is shown; the analysis is kept, and refreshed from disk when enabled again.
      this.publish([...this.published]);
      this.scanned = false;
      return;
    }
    // against the Corpus, not `prev`: a tolerance changed while disabled was never applied
    if (next.tolerance !== this.corpus.settings.tolerance) {
      this.publish(this.corpus.configure({ tolerance: next.tolerance }).changedUris);
    }
    const filesChanged = !sameList(next.include, prev.include) || !sameList(next.exclude, prev.exclude) || next.maxFileSize !== prev.maxFileSize;
    // after being disabled the files may have changed unwatched, and nothing is shown: read again
    if (!this.scanned || filesChanged || !prev.enable) {
      await this.rescanNow(!this.watchers || !sameList(next.include, prev.include));
      return;
    }
    if (JSON.stringify(next.severity) !== JSON.stringify(prev.severity)) this.publish(this.knownKeys());
  }

  /**
   * Reads every article of the workspace folders, the open documents' text in place of their
   * files, and relates them all with one commit. Files no longer selected are forgotten.
   */
  private async rescanNow(registerWatchers_: boolean): Promise<RescanResult> {
    const started = Date.now();
    this.filter = new ArticleFilter(this.folders, this.settings.include, this.settings.exclude);
    if (registerWatchers_) this.registerWatchers();
    const progress = await this.connection.window.createWorkDoneProgress();
    progress.begin("Corroborate", 0, "Finding articles…", false);
    try {
      await this.loadIgnored();
      const paths = await this.filter.list();
      const wanted = new Set(paths.map(fileUri));
      const touched = new Set<string>();
      for (const key of [...this.corpus.uris(), ...this.problems.keys()]) {
        if (wanted.has(key) || this.open.has(key)) continue;
        this.problems.delete(key);
        this.corpus.remove(key);
        touched.add(key);
      }
      let percent = 0;
      let pool: AnalysisPool | undefined;
      const step = (done: number) => {
        const now = Math.floor((done / paths.length) * 100);
        if (now > percent) progress.report((percent = now), `${done} of ${paths.length} articles`);
      };
      // many articles are analysed on worker threads as they are read; the Corpus takes them in the
      // files' order, so that the results do not depend on which thread finished first
      const size = AnalysisPool.sizeFor(paths.length);
      pool = size ? startPool(size, (error) => this.connection.console.warn(`corroborate: analysing on this thread only: ${error.message}`)) : undefined;
      try {
        let done = 0;
        const reads = await mapLimited(paths, READ_AHEAD, async (path) => {
          const key = fileUri(path);
          if (this.open.has(key)) return undefined;
          const read = await readArticle(path, maxFileBytes(this.settings));
          const analysis = pool && "text" in read ? await pool.analyse(key, read.text, this.corpus.settings).catch(() => undefined) : undefined;
          if (pool) step(++done);
          return { key, read, analysis };
        });
        for (const [i, r] of reads.entries()) {
          // opened while being read: the editor's text is staged below instead
          if (r && !this.open.has(r.key)) {
            if (r.analysis && "text" in r.read) this.stageAnalysed(r.key, r.read.text, r.analysis);
            else this.stageDisk(r.key, r.read);
          }
          if (!pool) step(i + 1);
        }
      } finally {
        void pool?.close();
      }
      for (const key of this.open.keys()) {
        this.analysedVersion.delete(key);
        this.stageOpen(key);
      }
      progress.report(100, "Relating claims across articles…");
      for (const key of this.corpus.commit().changedUris) touched.add(key);
      this.scanned = true;
      this.publish(new Set([...this.knownKeys(), ...touched]));
      const result = { analysed: this.corpus.uris().length, notAnalysed: this.problems.size };
      this.connection.console.info(
        `corroborate: ${result.analysed} articles analysed, ${result.notAnalysed} not analysed, ${this.corpus.conflicts().length} conflicts, in ${Date.now() - started} ms` +
          (pool ? ` (${pool.size} worker threads)` : ""),
      );
      return result;
    } finally {
      progress.done();
    }
  }

  private registerWatchers() {
    if (!this.options.watchFiles) return;
    const previous = this.watchers;
    this.watchers = registerWatchers(this.connection, this.folders, this.settings.include, !!this.options.relativePatterns);
    this.watchers.catch((error: unknown) => this.connection.console.warn(`corroborate: file watchers not registered: ${(error as Error).message}`));
    void previous?.then((w) => w.dispose()).catch(() => undefined);
  }

  private analyseOpen(key: string): void {
    if (!this.settings.enable || !this.scanned) return; // the scan stages open documents itself
    const doc = this.document(key);
    if (!doc || this.analysedVersion.get(key) === doc.version) return;
    const touched = this.stageOpen(key);
    this.publish([key, ...touched, ...this.corpus.commit().changedUris]);
  }

  /** Puts an open document's text in the Corpus (uncommitted). Returns keys whose state changed outside the Corpus. */
  private stageOpen(key: string): string[] {
    const doc = this.document(key);
    if (!doc || this.deletedWhileOpen.has(key)) return [];
    this.analysedVersion.set(key, doc.version);
    if (!this.filter.analysesOpen(filePath(key))) return this.forget(key);
    const checked = checkText(doc.getText(), maxFileBytes(this.settings));
    return this.stage(key, checked);
  }

  private stageDisk(key: string, read: DiskArticle): string[] {
    if ("missing" in read) return this.forget(key);
    return this.stage(key, read);
  }

  private stage(key: string, read: { text: string } | { reason: string }): string[] {
    if ("reason" in read) {
      this.problems.set(key, read.reason);
      return [key, ...this.corpus.remove(key).changedUris];
    }
    this.problems.delete(key);
    this.corpus.set(key, read.text);
    return [key];
  }

  private stageAnalysed(key: string, text: string, analysis: DocumentAnalysis): void {
    this.problems.delete(key);
    this.corpus.setAnalysed(key, text, analysis);
  }

  private forget(key: string): string[] {
    this.problems.delete(key);
    this.analysedVersion.delete(key);
    return [key, ...this.corpus.remove(key).changedUris];
  }

  /** A closed document, or files changed on disk: the file's text replaces whatever the Corpus held. */
  private async reloadFromDisk(keys: string[]): Promise<void> {
    if (!this.settings.enable || !this.scanned) return;
    const touched: string[] = [];
    for (const key of keys) touched.push(...(await this.diskState(key)));
    this.publish([...touched, ...this.corpus.commit().changedUris]);
  }

  private async diskState(key: string): Promise<string[]> {
    if (this.open.has(key)) return [];
    const path = filePath(key);
    if (!path || !this.filter.isArticle(path)) return this.forget(key);
    const read = await readArticle(path, maxFileBytes(this.settings));
    // reopened while the file was read: the editor's version is newer and is analysed on its own
    if (this.open.has(key)) return [];
    return this.stageDisk(key, read);
  }

  private async applyFileEvents(changes: FileEvent[]): Promise<void> {
    if (!this.settings.enable || !this.scanned) return;
    const touched: string[] = [];
    const reload: string[] = [];
    const ignoreFiles = new Set(this.folders.map((f) => ignoreFilePath(f.path)));
    let ignoreChanged = false;
    for (const change of changes) {
      const key = uriKey(change.uri);
      const path = filePath(key);
      if (!path) continue;
      if (ignoreFiles.has(path)) {
        ignoreChanged = true;
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        touched.push(...this.deleted(key));
      } else if (this.open.has(key)) {
        // saved again after a deletion: back to the editor's text; otherwise the editor's text already wins
        if (change.type === FileChangeType.Created && this.deletedWhileOpen.delete(key)) touched.push(...this.stageOpen(key));
      } else if (this.filter.isArticle(path)) {
        reload.push(key);
      } else if (change.type === FileChangeType.Created && (await isFolder(path))) {
        for (const p of await this.filter.list(path)) reload.push(fileUri(p));
      }
    }
    for (const key of reload) touched.push(...(await this.diskState(key)));
    if (ignoreChanged) {
      await this.loadIgnored();
      touched.push(...this.knownKeys());
    }
    this.publish([...touched, ...this.corpus.commit().changedUris]);
  }

  /** A deleted path: the article itself, or a folder and every article under it. */
  private deleted(key: string): string[] {
    const touched: string[] = [];
    const prefix = key.endsWith("/") ? key : `${key}/`;
    for (const k of new Set([...this.corpus.uris(), ...this.problems.keys()])) {
      if (k !== key && !k.startsWith(prefix)) continue;
      if (this.open.has(k)) {
        this.deletedWhileOpen.add(k);
        this.problems.set(k, DELETED_WHILE_OPEN);
        touched.push(k, ...this.corpus.remove(k).changedUris);
      } else touched.push(...this.forget(k));
    }
    return touched;
  }

  // ---- publishing ----

  private publish(keys: Iterable<string>): void {
    this.analysedSomething = true;
    for (const key of new Set(keys)) {
      const diagnostics = this.settings.enable ? this.diagnosticsOf(key) : [];
      if (!diagnostics.length && !this.published.has(key)) continue;
      const version = this.open.has(key) ? this.analysedVersion.get(key) : undefined;
      this.outbox.post(key, { uri: this.open.get(key) ?? key, version, diagnostics });
      if (diagnostics.length) this.published.add(key);
      else this.published.delete(key);
    }
  }

  private diagnosticsOf(key: string): Diagnostic[] {
    const problem = this.problems.get(key);
    if (problem) return [notAnalysedDiagnostic(problem)];
    const shown = this.corpus.conflictsOf(key).filter((c) => !this.ignored.has(c.id));
    return conflictDiagnostics(shown, key, this.settings);
  }

  private knownKeys(): string[] {
    return [...this.corpus.uris(), ...this.problems.keys(), ...this.published];
  }

  /** Whether requests about the document are answered: analysing is on and the engine holds its text. */
  private shows(key: string): boolean {
    return this.settings.enable && this.corpus.text(key) !== undefined && !this.problems.has(key);
  }

  private clientUri(key: string): string {
    return this.open.get(key) ?? key;
  }

  /** The workspace folder holding the document; the first folder for a document outside them all. */
  private folderOf(key: string): Folder | undefined {
    const path = filePath(key);
    return (path && this.filter.locate(path)?.folder) || this.folders[0];
  }

  private document(key: string): TextDocument | undefined {
    const uri = this.open.get(key);
    return uri === undefined ? undefined : this.documents.get(uri);
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
