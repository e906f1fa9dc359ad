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
  const taken = (s: number, e: number) => out.some((q) => s < q.end + 1 && q.start - 1 < e);
  for (const [open, close] of PAIRS) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      const para = text.indexOf("\n\n", i);
      if (j < 0 || (para >= 0 && para < j) || j - i > 3000) {
        i = text.indexOf(open, i + 1);
        continue;
      }
      push(out, text, i + 1, j);
      i = text.indexOf(open, j + 1);
    }
  }
  // straight double quotes: pair them in order within each line
  let lineStart = 0;
  for (const line of text.split(/\n/)) {
    const marks: number[] = [];
    for (let k = line.indexOf('"'); k >= 0; k = line.indexOf('"', k + 1)) marks.push(lineStart + k);
    for (let k = 0; k + 1 < marks.length; k += 2) if (!taken(marks[k], marks[k + 1])) push(out, text, marks[k] + 1, marks[k + 1]);
    lineStart += line.length + 1;
  }
  // single quotes: an opening ‘ or ' after a space, a closing one not followed by a letter
  for (const m of text.matchAll(/(?<=^|[\s(—–])[‘'](?=\p{L})([^‘’'\n]{3,600}?)[’'](?!\p{L})/gu)) {
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
