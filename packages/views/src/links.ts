/**
 * Where a picture's links lead, decided by the face: a file URI and line for the command line's
 * report, the host's message for a webview, the server's own article page for /report.
 */
import type { Position } from "@proj/model";

/** An article, or a span of it when `range` is given. */
export interface LinkTarget {
  uri: string;
  path: string;
  range?: { start: Position; end: Position };
  start?: number;
  end?: number;
}

export type Href = (target: LinkTarget) => string;

/** The article's URI with a 1-based `#L<line>` fragment, as code hosts and some editors read it. */
export const fileHref: Href = (t) => (t.range ? `${t.uri}#L${t.range.start.line + 1}` : t.uri);

/**
 * The webview's script: a click on a link that carries `data-open` posts `{ command: "open", uri,
 * range }` to the extension, which opens the article with the span selected.
 */
export function postMessageScript(): string {
  return `(()=>{const api=acquireVsCodeApi();document.addEventListener("click",(e)=>{const a=e.target.closest&&e.target.closest("a[data-open]");if(!a)return;e.preventDefault();api.postMessage(Object.assign({command:"open"},JSON.parse(a.dataset.open)));});})();`;
}
