import { fileName, formatDate, formatInterval, subjectOf, type Claim, type Corpus, type Relation, type WordDiffPart } from "@proj/model";
import type { Hover } from "vscode-languageserver";
import { escapeMarkdown, lineLink } from "./markdown.js";

/**
 * The hover over any claim, conflicting or not: what it is about, what this source says, who it is
 * credited to, and how every related claim of other sources stands to it, with a link to each.
 * Claims nested at the offset (a quote inside an attribution) are shown innermost first.
 */
export function claimHover(corpus: Corpus, uri: string, offset: number): Hover | null {
  const claims = corpus.claimsAt(uri, offset);
  if (!claims.length) return null;
  return {
    contents: { kind: "markdown", value: claims.map((c) => claimMarkdown(corpus, c)).join("\n\n---\n\n") },
    range: claims[0].span.range,
  };
}

const KIND_LABEL: Record<Claim["kind"], string> = { quantity: "Figure", date: "Date", quote: "Quote", attribution: "Attribution" };

export function claimMarkdown(corpus: Corpus, claim: Claim): string {
  const lines = [`**${KIND_LABEL[claim.kind]}** · ${escapeMarkdown(subjectOf(claim))}`, "", ownValue(claim)];
  const credit = creditLine(claim);
  if (credit) lines.push("", credit);
  // The engine relates the statements an attribution covers, not the attribution itself: its
  // hover shows the other sources that credit those statements to someone else.
  const own = claim.kind === "attribution" ? claim.covers : [claim.id];
  const related = own
    .flatMap((id) => corpus.relationsOf(id).map((r) => ({ r, me: id, other: corpus.claim(r.a === id ? r.b : r.a) })))
    .filter((x): x is { r: Relation; me: string; other: Claim } => !!x.other && (claim.kind !== "attribution" || x.r.kind === "attribution-differs"))
    .sort((x, y) => STANCE_ORDER[stance(x.r)] - STANCE_ORDER[stance(y.r)] || x.other.uri.localeCompare(y.other.uri) || x.other.span.start - y.other.span.start);
  lines.push("", related.length ? "Other sources:" : "No other source reports this.");
  for (const { r, me, other } of related) lines.push(...relatedLines(me, r, other));
  return lines.join("\n");
}

function ownValue(c: Claim): string {
  const said = `**${escapeMarkdown(c.span.text)}**`;
  switch (c.kind) {
    case "quantity":
      return `This source says ${said}: ${escapeMarkdown(c.display)}${c.unit ? ` ${escapeMarkdown(c.unit)}` : ""}, allowing ${escapeMarkdown(formatInterval(c.interval))}${c.approximate ? " (approximate, with the tolerance)" : ""}.`;
    case "date": {
      if (!c.resolved) return `This source says ${said}; it could not be placed on the calendar.`;
      const basis = c.relative ? ", counted from the article's own date" : "";
      const weekday = c.weekdayMismatch ? ` The ${escapeMarkdown(c.weekdayMismatch.stated)} it names is a ${escapeMarkdown(c.weekdayMismatch.actual)} that year.` : "";
      return `This source says ${said}: ${escapeMarkdown(formatDate(c))} (${c.resolved.granularity}${basis}).${weekday}`;
    }
    case "quote":
      return `This source quotes (${c.form}): “${escapeMarkdown(c.quote)}”`;
    case "attribution":
      return `This source credits ${c.covers.length === 1 ? "a statement" : `${c.covers.length} statements`} to **${escapeMarkdown(c.attribution.speaker)}** (“${escapeMarkdown(c.attribution.verb)}”).`;
  }
}

function creditLine(c: Claim): string | undefined {
  if (c.kind === "attribution") return c.attribution.hedge ? `Hedged: “${escapeMarkdown(c.attribution.hedge)}”.` : undefined;
  const hedge = c.hedge ?? c.attribution?.hedge;
  const who = c.attribution ? `Credited to **${escapeMarkdown(c.attribution.speaker)}** (“${escapeMarkdown(c.attribution.verb)}”)` : "Not credited to anyone in its sentence";
  return `${who}${hedge ? `, hedged: “${escapeMarkdown(hedge)}”` : ""}.`;
}

type Stance = "conflicts" | "compatible" | "agrees";
const STANCE_ORDER: Record<Stance, number> = { conflicts: 0, compatible: 1, agrees: 2 };

function stance(r: Relation): Stance {
  return r.kind === "agrees" ? "agrees" : r.kind === "compatible" ? "compatible" : "conflicts";
}

/** Why a "conflicts" is one, when it is not about the value itself. */
const DETAIL: Partial<Record<Relation["kind"], string>> = {
  "quote-reworded": " (worded differently)",
  "attribution-differs": " (credited to someone else)",
};

function relatedLines(me: string, r: Relation, other: Claim): string[] {
  const where = lineLink(`${fileName(other.uri)}:${other.span.range.start.line + 1}`, other.uri, other.span.range.start.line);
  const value = other.kind === "quantity" || other.kind === "date" ? ` (${escapeMarkdown(other.display)})` : "";
  const credit = other.attribution ? `, credited to ${escapeMarkdown(other.attribution.speaker)}` : "";
  const text = other.kind === "quote" ? other.quote : other.span.text;
  const lines = [`- **${stance(r)}**${DETAIL[r.kind] ?? ""}: “${escapeMarkdown(text.length > 80 ? text.slice(0, 77) + "…" : text)}”${value} in ${where}${credit}`];
  if (r.diff?.length) lines.push(`  - words: ${renderDiff(r.a === me ? r.diff : invert(r.diff))}`);
  return lines;
}

/** The diff as seen from this claim: ~~its words the other source lacks~~, **the other's words**. */
export function renderDiff(parts: WordDiffPart[]): string {
  return parts
    .map((p) => (p.op === "same" ? escapeMarkdown(p.text) : p.op === "removed" ? `~~${escapeMarkdown(p.text)}~~` : `**${escapeMarkdown(p.text)}**`))
    .join(" ");
}

/** The diff from b to a; within each changed run the removed words still come first. */
export function invert(parts: WordDiffPart[]): WordDiffPart[] {
  const out: WordDiffPart[] = [];
  let run: WordDiffPart[] = [];
  const flush = () => {
    out.push(...run.filter((p) => p.op === "removed"), ...run.filter((p) => p.op === "added"));
    run = [];
  };
  for (const p of parts) {
    if (p.op === "same") {
      flush();
      out.push(p);
    } else run.push({ ...p, op: p.op === "removed" ? "added" : "removed" });
  }
  flush();
  return out;
}
