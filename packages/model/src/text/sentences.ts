import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** A sentence of the document: offsets into the original text, and its text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block of lines without a blank line) it stands in. */
  paragraph: number;
}

// Only sentence boundary detection: POS and NER would triple the cost and the extractors do not need them.
const nlp = winkNLP(model, ["sbd"]);
const its = nlp.its;

/**
 * Splits a text into sentences with wink-nlp, then again at line breaks: news text puts headlines,
 * datelines and captions on lines of their own without a full stop.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  if (text.trim().length === 0) return out;
  const doc = nlp.readDoc(text);
  // wink-nlp gives each sentence's text loss-free; finding it again is cheaper than building the
  // arrays of every token's value and spacing.
  const starts: number[] = [];
  let at = 0;
  for (const sentence of doc.sentences().out() as string[]) {
    let found = text.indexOf(sentence, at);
    if (found < 0) found = text.indexOf(sentence.trim().slice(0, 24), at);
    if (found < 0) continue;
    starts.push(found);
    at = found + Math.max(1, sentence.length);
  }
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
