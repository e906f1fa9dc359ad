/** Each quoted statement as every source renders it, word differences marked against the first. */
import type { EventView, QuoteView } from "@proj/model";
import { claimLink, letter, sourceName, type RenderContext } from "./context.js";
import { esc } from "./html.js";

export function renderQuotes(ctx: RenderContext, event: EventView): string {
  if (!event.quotes.length) return `<p class="none">No statement quoted by two sources.</p>`;
  const columns = new Map(event.sources.map((s, i) => [s, i]));
  return event.quotes.map((q) => renderQuote(ctx, q, columns)).join("\n");
}

function renderQuote(ctx: RenderContext, q: QuoteView, columns: Map<number, number>): string {
  const items = q.renderings.map((r, i) => {
    const words = r.parts
      .map((p) => (p.op === "same" ? shorten(p.text) : p.op === "added" ? `<ins>${shorten(p.text)}</ins>` : `<del>${shorten(p.text)}</del>`))
      .join(" ");
    const note = i === 0 ? "as the first source words it" : r.identical ? "the same words" : "words differ from the first";
    const who = `${letter(columns.get(r.source) ?? 0)} ${esc(sourceName(ctx, r.source))}`;
    return `<li><div class="qsrc">${claimLink(ctx, r.claim, who)} <span class="note">${note}</span></div><blockquote>${words}</blockquote></li>`;
  });
  return `<section class="quote" aria-label="${esc(q.subject)}"><h4>${esc(q.subject.charAt(0).toUpperCase() + q.subject.slice(1))}</h4><ol class="renderings">${items.join("")}</ol></section>`;
}

/** A long run of words (a block quote) keeps its ends; the middle is counted, not shown. */
function shorten(text: string): string {
  const words = text.split(" ");
  if (words.length <= 40) return esc(text);
  const hidden = words.length - 24;
  return `${esc(words.slice(0, 12).join(" "))} <span class="gap">[… ${hidden} words …]</span> ${esc(words.slice(-12).join(" "))}`;
}
