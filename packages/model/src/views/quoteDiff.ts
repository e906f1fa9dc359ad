/**
 * The quote comparison: every rendering of one statement against the first source's, word by word.
 * The diff is the engine's own (the relation's, else `wordDiff` on the same words); here it is only
 * mapped back onto the words as written, so that the picture keeps their case.
 */
import { quoteWords, wordDiff } from "../align/quoteSimilarity.js";
import type { Claim, QuoteClaim, Relation, WordDiffPart } from "../types.js";
import type { CellClaim, MatrixRow } from "./compareSources.js";

export interface QuoteRendering {
  /** Index into `Comparison.sources`. */
  source: number;
  claim: CellClaim;
  quote: string;
  /** From the first rendering to this one; the first rendering's parts are all `same`. */
  parts: WordDiffPart[];
  /** Word for word the first rendering (case and punctuation aside). */
  identical: boolean;
}

export interface QuoteView {
  rowId: string;
  subject: string;
  conflictId?: string;
  renderings: QuoteRendering[];
}

export function quoteDiff(row: MatrixRow, claims: Claim[], relations: Relation[]): QuoteView {
  const byId = new Map(claims.filter((c): c is QuoteClaim => c.kind === "quote").map((c) => [c.id, c]));
  const shown = row.cells.flatMap((cell) => cell.claims.map((claim) => ({ source: cell.source, claim, quote: byId.get(claim.claimId) })));
  const [base, ...others] = shown.filter((x): x is typeof x & { quote: QuoteClaim } => !!x.quote);
  const renderings: QuoteRendering[] = [];
  if (base) {
    const baseWords = asWritten(base.quote.quote);
    renderings.push({ source: base.source, claim: base.claim, quote: base.quote.quote, parts: [{ op: "same", text: baseWords.join(" ") }], identical: true });
    for (const o of others) {
      const diff = diffOf(base.quote, o.quote, relations);
      renderings.push({
        source: o.source,
        claim: o.claim,
        quote: o.quote.quote,
        parts: withCase(diff, baseWords, asWritten(o.quote.quote)),
        identical: diff.every((p) => p.op === "same"),
      });
    }
  }
  return { rowId: row.id, subject: row.subject, conflictId: row.conflictId, renderings };
}

/** The engine's diff from a to b: the relation's when the two were compared, else the same function on their words. */
function diffOf(a: QuoteClaim, b: QuoteClaim, relations: Relation[]): WordDiffPart[] {
  const r = relations.find((x) => (x.a === a.id && x.b === b.id) || (x.a === b.id && x.b === a.id));
  if (r?.diff && r.a === a.id) return r.diff;
  if (r?.diff) return r.diff.map((p) => ({ ...p, op: p.op === "added" ? "removed" : p.op === "removed" ? "added" : "same" }));
  return wordDiff(a.words, b.words);
}

/** The words of a quote as written, one per word of `quoteWords` (which folds case and apostrophes). */
function asWritten(quote: string): string[] {
  const out: string[] = [];
  for (const chunk of quote.split(/\s+/)) {
    const folded = chunk.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'");
    let from = 0;
    for (const w of quoteWords(chunk)) {
      const at = folded.indexOf(w, from);
      // lower-casing kept the length: the same offsets hold the word as written
      out.push(at >= 0 && folded.length === chunk.length ? chunk.slice(at, at + w.length) : w);
      from = at >= 0 ? at + w.length : from;
    }
  }
  return out;
}

/** Replaces the folded words of a diff by the words as written, counting through both quotes. */
function withCase(diff: WordDiffPart[], a: string[], b: string[]): WordDiffPart[] {
  let i = 0;
  let j = 0;
  return diff.map((p) => {
    const n = p.text ? p.text.split(" ").length : 0;
    let words: string[];
    if (p.op === "added") {
      words = b.slice(j, j + n);
      j += n;
    } else {
      words = a.slice(i, i + n);
      i += n;
      if (p.op === "same") j += n;
    }
    return { op: p.op, text: words.length === n ? words.join(" ") : p.text };
  });
}
