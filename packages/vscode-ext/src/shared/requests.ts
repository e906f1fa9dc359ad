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

/** Where the extension's conflict kinds are explained; diagnostics link to `#<kind>`. */
export const CONFLICT_KINDS_DOC = "https://github.com/corroborate/corroborate/blob/main/docs/conflict-kinds.md";

/** The `source` of every diagnostic, and the diagnostic code of a file that was not analysed. */
export const DIAGNOSTIC_SOURCE = "corroborate";
export const NOT_ANALYSED_CODE = "not-analysed";
