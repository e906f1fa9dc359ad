/** What every part of a page needs to know: the sources, and how to link to them. */
import type { CellClaim, Comparison } from "@proj/model";
import { attrs, esc } from "./html.js";
import type { Href, LinkTarget } from "./links.js";

export interface RenderContext {
  comparison: Comparison;
  href: Href;
  /** Links also carry `data-open` for the webview's script. */
  postMessage: boolean;
}

/** A link to an article or a span of it, with `label` already escaped HTML. */
export function link(ctx: RenderContext, target: LinkTarget, labelHtml: string, title?: string): string {
  const open = ctx.postMessage && target.range ? JSON.stringify({ uri: target.uri, range: target.range }) : undefined;
  return `<a${attrs({ href: ctx.href(target), title, "data-open": open })}>${labelHtml}</a>`;
}

export function claimLink(ctx: RenderContext, c: CellClaim, labelHtml: string): string {
  const line = c.range.start.line + 1;
  return link(ctx, c, labelHtml, `“${c.text}”, ${c.path} line ${line}`);
}

/** A source's short name: its file name without the extension. */
export function sourceName(ctx: RenderContext, index: number): string {
  return ctx.comparison.sources[index]?.name.replace(/\.txt$/i, "") ?? `source ${index + 1}`;
}

/** Column letters (A, B, … Z, AA …) that cells use to say which sources they contradict. */
export function letter(column: number): string {
  let n = column;
  let s = "";
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export { esc };
