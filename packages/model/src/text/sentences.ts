import nlp from "compromise";

/** A sentence of the document: offsets into the original text, and its text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block of lines without a blank line) it stands in. */
  paragraph: number;
}

// Sentence boundaries are Unicode's (UAX #29, ICU through Intl.Segmenter: several times faster than
// a tokenizer-based splitter). ICU keeps no list of abbreviations in V8, so a boundary after one
// that compromise knows ("Gen.", "Jan.", "approx.") or after initials ("U.S.") is undone.
const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const { abbreviations, lexicon } = (nlp.model() as unknown as { one: {
  abbreviations: Record<string, unknown>;
  lexicon: Record<string, string | string[] | undefined>;
} }).one;
/** The word before a full stop at the end of the text: initials ("U.S", "p.m") or a plain word. */
const WORD_BEFORE_STOP = /(?:^|[^\p{L}\p{N}.])((?:\p{L}\.)+\p{L}?|\p{L}+)\.["'”’)\]]*\s*$/u;
// UAX #29 does not end a sentence before a figure ("at least 26. 4 people were missing"): wire
// copy starts sentences with digits
const STOP_BEFORE_DIGIT = /[.!?]["'”’)\]]*[ \t]+(?=\p{N})/gu;
/** Words that begin a new sentence after initials ("in the U.S. The next day"). */
const SENTENCE_OPENER_TAGS = new Set(["Determiner", "Pronoun", "Conjunction", "Preposition"]);

/**
 * WORD_BEFORE_STOP's group, read backwards from the end for ASCII text (the $-anchored pattern is tried
 * at every position): null when it does not match, undefined when a character outside ASCII asks for the pattern.
 */
function asciiWordBeforeStop(before: string): string | null | undefined {
  let k = before.length - 1;
  const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
  const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  while (k >= 0 && isAsciiSpace(before.charCodeAt(k))) k--;
  // closing quotes and brackets: " ' ” ’ ) ]
  for (let c = before.charCodeAt(k); k >= 0 && (c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93); c = before.charCodeAt(--k));
  if (k < 0) return null;
  const stop = before.charCodeAt(k);
  if (stop >= 128) return undefined;
  if (stop !== 46) return null;
  let j = k;
  for (let c = before.charCodeAt(j - 1); j > 0 && (isLetter(c) || c === 46); c = before.charCodeAt(--j - 1));
  if (j > 0) {
    const c = before.charCodeAt(j - 1);
    if (c >= 128) return undefined;
    if (c >= 48 && c <= 57) return null;
  }
  for (let i = k + 1; i < before.length; i++) if (before.charCodeAt(i) >= 128 && before.charCodeAt(i) !== 0x201d && before.charCodeAt(i) !== 0x2019) return undefined;
  const word = before.slice(j, k);
  return /^(?:[A-Za-z]\.)+[A-Za-z]?$|^[A-Za-z]+$/.test(word) ? word : null;
}

/** The word before a closing full stop ("U.S", "Gen"), or none. Exported for its tests. */
export function wordBeforeStop(before: string): string | undefined {
  const ascii = asciiWordBeforeStop(before);
  return ascii === undefined ? WORD_BEFORE_STOP.exec(before)?.[1] : ascii ?? undefined;
}

function isBoundary(text: string, from: number, cut: number): boolean {
  const before = text.slice(Math.max(from, cut - 40), cut);
  const word = wordBeforeStop(before);
  if (!word || /\n\s*$/.test(before)) return true;
  const lower = word.toLowerCase();
  if (lower === "no") return !/^\s*\d/.test(text.slice(cut, cut + 4)); // "No. 10"
  if (word.length === 1 || abbreviations[lower] !== undefined) return false;
  if (!word.includes(".")) return true;
  const next = /^\s*(\p{L}+)/u.exec(text.slice(cut, cut + 30));
  const tag = next ? lexicon[next[1].toLowerCase()] : undefined;
  return typeof tag === "string" && SENTENCE_OPENER_TAGS.has(tag);
}

// V8's segmenter spends time and memory in proportion to the whole input on every segment it yields
// (each segment copies it), so a text is segmented a piece at a time. UAX #29 always breaks after a
// line feed (SB4) and no rule looks across one (SB8's look-ahead stops at it), so a piece made of
// whole lines segments as it does inside the whole text; pieces of about PIECE characters keep the
// copies small without a call per line. A line longer than WINDOW is segmented a window at a time:
// boundaries near a window's end may lack the text after them, so only those well before it are
// kept, and the next window starts at the last one kept.
const PIECE = 1024;
const WINDOW = 4096;
const MARGIN = 256;

/** Where the segmenter puts sentence boundaries in the whole text (offsets after 0). Exported for its tests. */
export function segmentBoundaries(text: string): number[] {
  const cuts: number[] = [];
  let from = 0;
  while (from < text.length) {
    // whole lines, at least one, up to PIECE characters
    let to = from;
    while (to < text.length) {
      const lf = text.indexOf("\n", to);
      const end = lf < 0 ? text.length : lf + 1;
      if (to > from && end - from > PIECE) break;
      to = end;
    }
    segmentPiece(text, from, to, cuts);
    if (to < text.length) cuts.push(to);
    from = to;
  }
  return cuts;
}

/** The boundaries inside text[from, to), a window at a time, but for `from` and `to` themselves. */
function segmentPiece(text: string, from: number, end: number, cuts: number[]): void {
  while (from < end) {
    const to = Math.min(end, from + WINDOW);
    const whole = to === end;
    let next = to - MARGIN; // no boundary kept: read the margin again with what follows it
    for (const { index } of segmenter.segment(text.slice(from, to))) {
      if (index === 0) continue;
      if (!whole && from + index > to - MARGIN) break;
      cuts.push(from + index);
      next = from + index;
    }
    if (whole) break;
    from = next;
  }
}

/** Offsets where sentences start, in order. */
function sentenceStarts(text: string): number[] {
  const cuts = segmentBoundaries(text);
  for (const m of text.matchAll(STOP_BEFORE_DIGIT)) cuts.push(m.index + m[0].length);
  cuts.sort((a, b) => a - b);
  const starts = [0];
  for (const cut of cuts) {
    const from = starts[starts.length - 1];
    if (cut > from && isBoundary(text, from, cut)) starts.push(cut);
  }
  return starts;
}

/**
 * Splits a text into sentences, then again at line breaks: news text puts headlines, datelines and
 * captions on lines of their own without a full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (text.trim().length === 0) return out;
  const starts = sentenceStarts(text);
  let paragraph = 0;
  let lastEnd = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    // between two sentences there is only white space: a sentence ends where the next one starts
    const end = k + 1 < starts.length ? starts[k + 1] : text.length;
    paragraph = countParagraphBreaks(text, lastEnd, start, paragraph);
    // cut at line breaks inside the sentence
    let s = start;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (i > s) pushTrimmed(out, text, s, i, paragraph);
        let j = i;
        let newlines = 0;
        while (j < end && isSpace(text.charCodeAt(j))) {
          const cj = text.charCodeAt(j);
          if (cj === 10 || (cj === 13 && text.charCodeAt(j + 1) !== 10)) newlines++;
          j++;
        }
        if (newlines >= 2) paragraph++;
        s = j;
        i = j - 1;
      }
    }
    if (end > s) pushTrimmed(out, text, s, end, paragraph);
    lastEnd = end;
  }
  return out;
}

function countParagraphBreaks(text: string, from: number, to: number, paragraph: number): number {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
  }
  return newlines >= 2 && from > 0 ? paragraph + 1 : paragraph;
}

/**
 * Longest "sentence" passed on. A run of text this long without a full stop or a line break is not
 * prose (a table, a list, a pasted log); cutting it at a space keeps every per-sentence step bounded.
 */
export const MAX_SENTENCE = 1000;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number) {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
    // never split a surrogate pair
    if (cut > 0 && cut < text.length && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    out.push({ index: out.length, start, end: cut, text: text.slice(start, cut), paragraph });
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ index: out.length, start, end, text: text.slice(start, end), paragraph });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x200b || c === 0x2028 || c === 0x2029;
}
