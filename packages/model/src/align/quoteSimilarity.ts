import { diffArrays } from "diff";
import type { WordDiffPart } from "../types.js";

/** Lower-case words of a quote; apostrophes and curly quotes folded so that typography does not count. */
export function quoteWords(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? []);
}

const FUNCTION_WORDS = new Set(
  "a,an,the,and,or,but,of,to,in,on,at,for,with,by,from,as,is,are,was,were,be,been,it,its,this,that,these,those,their,our,his,her,we,they,he,she,i,you,any,all,other,also,so,not,no".split(","),
);

/** Length of the longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[b.length];
}

export interface QuoteComparison {
  /** Share of the longer quote's words that the two have in order. */
  similarity: number;
  /** One quote is a contiguous part of the other (a partial quote). */
  contained: boolean;
  /** They differ in more than function words. */
  material: boolean;
  sharedContent: number;
}

const contentCache = new WeakMap<string[], Set<string>>();
function contentWords(words: string[]): Set<string> {
  let s = contentCache.get(words);
  if (!s) contentCache.set(words, (s = new Set(words.filter((w) => !FUNCTION_WORDS.has(w)))));
  return s;
}

/**
 * Blocking words of a quote (prefix filtering, as in set-similarity joins): a rewording is reported
 * only when two quotes share at least three content words, so a quote is filed under all its content
 * words and looks up all but two of them. Any two quotes sharing three content words then meet, and
 * the two left out of the lookup are the likeliest to be common: the shortest.
 */
export function quoteBlockWords(words: string[]): { insert: string[]; lookup: string[] } {
  const content = [...contentWords(foldWords(words))].sort((x, y) => y.length - x.length || (x < y ? -1 : x > y ? 1 : 0));
  return { insert: content, lookup: content.length >= 3 ? content.slice(0, content.length - 2) : content };
}

/** Cheap test before the quadratic comparison: quotes of one speaker are many, and most are unrelated. */
export function mayBeSameQuote(a: string[], b: string[]): boolean {
  const [sa, sb] = [contentWords(foldWords(a)), contentWords(foldWords(b))];
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared >= Math.min(3, small.size) && shared > 0;
}

/**
 * A quote's words as compared, not as shown: contractions written out ("aren't" → "are not"), British
 * and American spellings folded ("organised", "organized"), and a plural ending dropped, so that
 * typography, spelling and number are not read as rewording.
 */
export function foldWords(words: string[]): string[] {
  let f = foldCache.get(words);
  if (f) return f;
  f = [];
  for (const w of words) {
    const c = CONTRACTIONS.exec(w);
    if (c) {
      f.push(foldWord(c[1] === "ca" ? "can" : c[1] === "wo" ? "will" : c[1] === "sha" ? "shall" : c[1]), "not");
      continue;
    }
    const v = /^(\p{L}+)'(re|ve|ll|m|d)$/u.exec(w);
    if (v) {
      f.push(foldWord(v[1]), { re: "are", ve: "have", ll: "will", m: "am", d: "would" }[v[2]]!);
      continue;
    }
    f.push(foldWord(w));
  }
  foldCache.set(words, f);
  return f;
}

const NEGATIONS = new Set(["not", "no", "never", "nor"]);
const foldCache = new WeakMap<string[], string[]>();
const CONTRACTIONS = /^(\p{L}+)n't$/u;

function foldWord(w: string): string {
  if (w.length < 5 || FUNCTION_WORDS.has(w)) return w;
  // number first, so that the spelling folds see one form: "killings" and "killing" (-ll-ing),
  // "travellers" and "traveller" (-ll-er)
  let x = /ies$/.test(w) ? w.slice(0, -3) + "y" : /[^su]s$/.test(w) ? w.slice(0, -1) : w;
  x = x
    .replace(/([^aeiou])is(e|es|ed|ing|ation|ations)$/, "$1iz$2")
    .replace(/ys(e|es|ed|ing)$/, "yz$1")
    .replace(/([^aeiou])our(s|ed|ing|able|ite|ites)?$/, "$1or$2")
    .replace(/([^aeiou])tre(s)?$/, "$1ter$2")
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2")
    .replace(/ence$/, "ense")
    .replace(/ogue(s)?$/, "og$1")
    .replace(/mme(s)?$/, "m$1");
  return x;
}

/** A quote as written ("We will not cut corners") or as its words (`quoteWords`). */
export type QuoteInput = string | string[];
function asWords(q: QuoteInput): string[] {
  if (typeof q === "string") return quoteWords(q);
  if (Array.isArray(q)) return q;
  throw new TypeError(`a quote is its text or its words (string or string[]), not ${q === null ? "null" : typeof q}`);
}

/** How alike two quotes are, each given as written or as its words; the same answer either way. */
export function compareQuotes(rawA: QuoteInput, rawB: QuoteInput): QuoteComparison {
  const a = foldWords(asWords(rawA));
  const b = foldWords(asWords(rawB));
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // a trimmed quote may differ in function words ("their rent", "the rent"), never in a negation
  const [cs, cl] = [short, long].map((w) => w.filter((x) => !FUNCTION_WORDS.has(x) || NEGATIONS.has(x)).join(" "));
  const contained = short.length > 0 && (` ${long.join(" ")} `.includes(` ${short.join(" ")} `) || (cs.includes(" ") && ` ${cl} `.includes(` ${cs} `)));
  const common = lcs(a, b);
  const contentA = contentWords(a);
  const contentB = contentWords(b);
  let shared = 0;
  for (const w of contentA) if (contentB.has(w)) shared++;
  const negations = (w: string[]) => w.filter((x) => NEGATIONS.has(x)).length;
  const material = [...contentA].some((w) => !contentB.has(w)) || [...contentB].some((w) => !contentA.has(w)) || negations(a) !== negations(b);
  return { similarity: long.length ? common / long.length : 0, contained, material, sharedContent: shared };
}

/**
 * A quote cut with an ellipsis ("The bridge will stay closed … we will not cut corners") agrees with
 * one that has every piece of it, in order: the marks say words were left out, not changed.
 */
export function piecesInOrder(cut: string, whole: string[]): boolean {
  // most quotes have no cut: nothing to split, tokenise or fold for every pair they meet
  if (!CUT_MARK.test(cut)) return false;
  const pieces = cut.split(CUT_MARK_ALL).map((p) => foldWords(quoteWords(p))).filter((p) => p.length);
  if (pieces.length < 2) return false;
  const text = ` ${foldWords(whole).join(" ")} `;
  let from = 0;
  for (const p of pieces) {
    const at = text.indexOf(` ${p.join(" ")} `, from);
    if (at < 0) return false;
    from = at + p.join(" ").length + 1;
  }
  return true;
}

const CUT_MARK = /…|\.\s?\.\s?\./;
const CUT_MARK_ALL = /\s*(?:…|\.\s?\.\s?\.)\s*/;

/** Word-level diff from one rendering to the other. */
export function wordDiff(a: QuoteInput, b: QuoteInput): WordDiffPart[] {
  return diffArrays(asWords(a), asWords(b)).map((p) => ({ op: p.added ? "added" : p.removed ? "removed" : "same", text: p.value.join(" ") }));
}

/**
 * The words that make a quote one statement that can be credited to someone: its folded words with
 * function words left out (a negation kept), in order. Empty when the quote is too short to be told
 * from a stock phrase ("We are doing everything we can"): fewer than eight words or five such words.
 */
export function statementWords(words: string[]): string[] {
  if (words.length < STATEMENT_MIN_WORDS) return [];
  const content = foldWords(words).filter((w) => !FUNCTION_WORDS.has(w) || NEGATIONS.has(w));
  return content.length >= STATEMENT_MIN_CONTENT ? content : [];
}
const STATEMENT_MIN_WORDS = 6;
const STATEMENT_MIN_CONTENT = 4;

/**
 * Blocking keys of a statement: each pair of words that stand next to each other in `statementWords`.
 * One statement quoted whole, or a long stretch of it, shares all its pairs with the other rendering.
 */
export function statementPairs(words: string[]): string[] {
  const content = statementWords(words);
  const out = new Set<string>();
  for (let i = 1; i < content.length; i++) out.add(`${content[i - 1]} ${content[i]}`);
  return [...out];
}

/** Both quotes are one statement: long enough, and the shorter stands whole in the longer. */
export function sameStatement(a: string[], b: string[]): boolean {
  const [sa, sb] = [statementWords(a), statementWords(b)];
  if (!sa.length || !sb.length) return false;
  const [short, long] = sa.length <= sb.length ? [sa, sb] : [sb, sa];
  return ` ${long.join(" ")} `.includes(` ${short.join(" ")} `);
}
