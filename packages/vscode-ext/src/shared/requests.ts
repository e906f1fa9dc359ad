/**
 * Custom requests of the Corroborate language server, beyond the standard protocol. Names and
 * result shapes live here once; the client and the server both import them.
 */

/** Reads the workspace's articles again from disk, as on start-up. No parameters. */
export const RESCAN_REQUEST = "corroborate/rescan";

export interface RescanResult {
  /** Articles analysed. */
  analysed: number;
  /** Files found by the include globs but not analysed (binary, not UTF-8, too large, unreadable). */
  notAnalysed: number;
}

/**
 * The engine's JSON report of the whole workspace (`buildReport` of `@proj/model`: conflicts with
 * every claim's range, and the sources), paths relative to their workspace folder. No parameters.
 */
export const REPORT_REQUEST = "corroborate/report";

/**
 * The data of the pictures (claim matrix, timeline, quote comparison: `compareSources` of
 * `@proj/model`) for the whole workspace, with the client's document uris; the ignored conflicts are
 * marked as reviewed. No parameters. The VS Code client renders it with `@proj/views`.
 */
export const COMPARE_REQUEST = "corroborate/compare";

/** The VS Code command that shows the pictures in a webview beside the editor. */
export const COMPARE_COMMAND = "corroborate.compareSources";

/** What the webview posts when a cell is clicked: open the article with the span selected. */
export interface OpenSpanMessage {
  command: "open";
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Where the extension's conflict kinds are explained; diagnostics link to `#<kind>`. */
export const CONFLICT_KINDS_DOC = "https://github.com/corroborate/corroborate/blob/main/docs/conflict-kinds.md";

/** The `source` of every diagnostic, and the diagnostic code of a file that was not analysed. */
export const DIAGNOSTIC_SOURCE = "corroborate";
export const NOT_ANALYSED_CODE = "not-analysed";

/**
 * Sent by the server after each analysis (start-up scan, an edit, files changed on disk, settings):
 * what the language status item shows.
 */
export const STATUS_NOTIFICATION = "corroborate/status";

export interface StatusParams {
  /** false while `corroborate.enable` is off: nothing is analysed or shown. */
  enabled: boolean;
  /** Articles analysed. */
  analysed: number;
  /** Files found but not analysed. */
  notAnalysed: number;
  /** Conflicts shown, the ignored ones left out. */
  conflicts: number;
  /** Conflicts left out by `.corroborate/ignore.json`. */
  ignored: number;
  /** Milliseconds the analysis took (reading, analysing, relating and publishing). */
  ms: number;
}

/**
 * Commands of the code actions (`workspace/executeCommand`). Open-location takes one argument,
 * `{ uri, range }`; the server shows it with `window/showDocument`, and the VS Code client runs it
 * itself with `showTextDocument`. Ignore-conflict takes `{ id, uri }` (the conflict id and the
 * document it was invoked on) and adds the id to `.corroborate/ignore.json` of that document's
 * workspace folder.
 */
export const OPEN_LOCATION_COMMAND = "corroborate.openLocation";
export const IGNORE_CONFLICT_COMMAND = "corroborate.ignoreConflict";

export interface OpenLocationArgs {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export interface IgnoreConflictArgs {
  id: string;
  uri: string;
}
