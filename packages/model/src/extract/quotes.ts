/** A quotation in the document; offsets are absolute, the span is the inside of the marks. */
export interface QuoteMention {
  start: number;
  end: number;
  text: string;
  form: "direct" | "partial" | "block";
}

const PAIRS: [string, string][] = [
  ["“", "”"],
  ["«", "»"],
  ["„", "“"],
];

/**
 * Finds quotations: curly and guillemet pairs, straight double quotes paired within a paragraph, and
 * British single quotes (‘…’) where the closing mark is not an apostrophe inside a word.
 */
export function findQuotes(text: string): QuoteMention[] {
  const out: QuoteMention[] = [];
  const taken = (s: number, e: number) => {
    // quotes are found in order per kind of mark; a binary search keeps this linear overall
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end + 1 <= s) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo].start - 1 < e;
  };
  let sorted: QuoteMention[] = [];
  const resort = () => (sorted = [...out].sort((a, b) => a.end - b.end));
  const paragraphBreaks = [...text.matchAll(/\r?\n[ \t]*\r?\n|\r[ \t]*\r/g)].map((m) => m.index!);
  let p = 0;
  const nextBreak = (from: number) => {
    while (p < paragraphBreaks.length && paragraphBreaks[p] < from) p++;
    return p < paragraphBreaks.length ? paragraphBreaks[p] : Infinity;
  };
  for (const [open, close] of PAIRS) {
    p = 0;
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      // no closing mark anywhere after: no later opening mark can find one either
      if (j < 0) break;
      if (nextBreak(i) < j || j - i > 3000) {
        i = text.indexOf(open, i + 1);
        continue;
      }
      push(out, text, i + 1, j);
      i = text.indexOf(open, j + 1);
    }
  }
  resort();
  // straight double quotes: pair them in order within each line
  let lineStart = 0;
  for (const line of text.split(/\n/)) {
    const marks: number[] = [];
    for (let k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) marks.push(lineStart + k);
    for (let k = 0; k + 1 < marks.length; k += 2) if (!taken(marks[k], marks[k + 1])) push(out, text, marks[k] + 1, marks[k + 1]);
    lineStart += line.length + 1;
  }
  resort();
  // single quotes: an opening ‘ or ' after a space, a closing one not followed by a letter
  // (an apostrophe inside a word, as in "town’s", does not close the quote)
  for (const m of text.matchAll(/[‘'](?<=(?:^|[\s(—–])[‘'])(?=\p{L})((?:[^‘’'\n]|[’'](?=\p{L})){3,600}?)[’'](?!\p{L})/gu)) {
    const s = m.index! + 1;
    const e = s + m[1].length;
    if (!taken(s - 1, e + 1) && /\s/.test(m[1])) push(out, text, s, e);
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: QuoteMention[], text: string, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  if (e - s < 2) return;
  const inner = text.slice(s, e);
  const words = inner.split(/\s+/).length;
  out.push({ start: s, end: e, text: inner, form: words >= 6 || /[.!?]$/.test(inner) ? "direct" : "partial" });
}

/** Blanks quoted text so that verbs inside a quote are not read as reporting verbs. */
export function maskQuotes(sentence: string, sentenceStart: number, quotes: QuoteMention[]): string {
  let out = sentence;
  for (const q of quotes) {
    const s = Math.max(q.start, sentenceStart) - sentenceStart;
    const e = Math.min(q.end, sentenceStart + sentence.length) - sentenceStart;
    if (e > s) out = out.slice(0, s) + " ".repeat(e - s) + out.slice(e);
  }
  return out;
}
