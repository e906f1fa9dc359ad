/**
 * One self-contained HTML page of the pictures: no network, no external script or style, readable
 * from a phone to a wide screen. The command line writes it, the VS Code webview shows it, and the
 * server answers /report with it; only the links differ.
 */
import type { Comparison, EventView } from "@proj/model";
import type { RenderContext } from "./context.js";
import { anchor, attrs, esc, plural } from "./html.js";
import { fileHref, postMessageScript, type Href } from "./links.js";
import { renderMatrix } from "./matrix.js";
import { renderQuotes } from "./quotes.js";
import { ICON } from "./states.js";
import { STYLE } from "./theme.js";
import { renderTimeline } from "./timeline.js";

export interface RenderOptions {
  /** The page's title. */
  title?: string;
  /** Where links to articles and spans lead; default the file URI with `#L<line>`. */
  href?: Href;
  /**
   * For a VS Code webview: a click on a claim posts `{ command: "open", uri, range }` to the
   * extension (through `acquireVsCodeApi()`) instead of following the link.
   */
  postMessage?: boolean;
  /** Nonce of the inline style and script, for a Content-Security-Policy without 'unsafe-inline'. */
  nonce?: string;
  /** A line under the heading (what was analysed, when). */
  subtitle?: string;
  /** Extra HTML for the header's end, such as a link back to the playground (already escaped). */
  headerHtml?: string;
}

export function renderReport(comparison: Comparison, options: RenderOptions = {}): string {
  const ctx: RenderContext = { comparison, href: options.href ?? fileHref, postMessage: !!options.postMessage };
  const title = options.title ?? "Corroborate: where the sources disagree";
  const nonce = options.nonce;
  // the policy is written as is (its quotes stay readable), so the nonce may hold base64 characters only
  if (nonce !== undefined && !/^[A-Za-z0-9+/=_-]+$/.test(nonce)) throw new Error("renderReport: the nonce must be base64");
  const inline = nonce ? `'nonce-${nonce}'` : "'unsafe-inline'";
  // nothing may load from anywhere: the page is whole as written
  const csp = `default-src 'none'; style-src ${inline}; script-src ${options.postMessage ? inline : "'none'"}; img-src data:`;
  const disputed = comparison.events.reduce((n, e) => n + e.conflicts, 0);
  const summary = `${plural(comparison.sources.length, "article")}, ${plural(comparison.events.length, "event")} compared, ${plural(disputed, "subject")} in dispute${comparison.unmatched ? `; ${plural(comparison.unmatched, "article")} with nothing another source also states` : ""}.`;
  const parts: string[] = [
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="corroborate">
<title>${esc(title)}</title>
<style${attrs({ nonce })}>${STYLE}</style></head>
<body>
<header><h1>${esc(title)}</h1>
${options.subtitle ? `<p>${esc(options.subtitle)}</p>\n` : ""}<p>${esc(summary)}</p>
<ul class="legend" aria-label="Legend">
<li class="s-agrees"><span aria-hidden="true">${ICON.agrees}</span> agrees</li><li class="s-compatible"><span aria-hidden="true">${ICON.compatible}</span> compatible (wordings overlap)</li><li class="s-conflicts"><span aria-hidden="true">${ICON.conflicts}</span> conflicts (cannot both be true)</li><li class="s-silent"><span aria-hidden="true">${ICON.silent}</span> not stated</li>
<li>Letters name the columns: “conflicts with B”.</li><li>In quotes: <del>removed</del> and <ins>added</ins> words, against the first source.</li>
</ul>
<label class="filter"><input type="checkbox" id="only-disputed"> Show only what the sources disagree on</label>
${options.headerHtml ?? ""}</header>
<main>`,
  ];
  if (comparison.events.length > 1) parts.push(renderContents(comparison.events));
  if (!comparison.events.length) parts.push(`<p class="none">No two sources state the same thing: there is nothing to compare.</p>`);
  for (const event of comparison.events) parts.push(renderEvent(ctx, event));
  parts.push(`</main>`);
  if (options.postMessage) parts.push(`<script${attrs({ nonce })}>${postMessageScript()}</script>`);
  parts.push(`</body></html>\n`);
  return parts.join("\n");
}

function renderContents(events: EventView[]): string {
  const items = events.map(
    (e) => `<li><a href="#${anchor("event", e.id)}">${esc(e.title)}</a> <span class="note">${plural(e.sources.length, "source")}, ${plural(e.conflicts, "disagreement")}</span></li>`,
  );
  return `<nav aria-label="Events"><h2>Events</h2><ol>${items.join("")}</ol></nav>`;
}

function renderEvent(ctx: RenderContext, event: EventView): string {
  const id = anchor("event", event.id);
  const meta = [event.date ? `first report ${event.date.slice(0, 10)}` : "", plural(event.sources.length, "source"), plural(event.conflicts, "subject") + " in dispute"]
    .filter(Boolean)
    .join(" · ");
  return `<section class="event" aria-labelledby="${id}" data-conflicts="${event.conflicts}">
<h2 id="${id}">${esc(event.title)}</h2><p class="meta">${esc(meta)}</p>
<h3>Claim matrix</h3>
${renderMatrix(ctx, event)}
<h3>Timeline of dates</h3>
${renderTimeline(ctx, event)}
<h3>Quotes compared</h3>
${renderQuotes(ctx, event)}
</section>`;
}
