/** One article as a page, the linked span marked and scrolled to: where the server's report links lead. */
import type { Position } from "@proj/model";
import { esc } from "./html.js";
import { STYLE } from "./theme.js";

export interface ArticlePage {
  title: string;
  text: string;
  /** UTF-16 offsets of the span to mark. */
  start?: number;
  end?: number;
  range?: { start: Position; end: Position };
  /** Link back, such as the report (already an URL, escaped here). */
  back?: { href: string; label: string };
}

export function renderArticle(page: ArticlePage): string {
  const { text } = page;
  const start = page.start !== undefined && page.end !== undefined && 0 <= page.start && page.start <= page.end && page.end <= text.length ? page.start : undefined;
  const body =
    start === undefined
      ? esc(text)
      : `${esc(text.slice(0, start))}<mark id="span">${esc(text.slice(start, page.end))}</mark>${esc(text.slice(page.end))}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(page.title)}</title><style>${STYLE}
pre{white-space:pre-wrap;word-wrap:break-word;font:inherit}mark{background:var(--compatible-bg);color:var(--compatible-fg);outline:2px solid currentColor}</style></head>
<body><header><h1>${esc(page.title)}</h1>${page.back ? `<p><a href="${esc(page.back.href)}">${esc(page.back.label)}</a></p>` : ""}${
    start !== undefined ? `<p><a href="#span">Go to the marked passage</a>${page.range ? ` (line ${page.range.start.line + 1})` : ""}</p>` : ""
  }</header>
<main><pre>${body}</pre></main></body></html>
`;
}
