/**
 * Fuzzing every extractor and the alignment on its own, below analyzeDocument: no throw, results
 * inside the input, offsets whose slice is the text they claim, and time linear in the input (a
 * guard against catastrophic backtracking, measured as a ratio between n and 4n, not a fixed time).
 *
 * FC_RUNS sets the cases per property (default 150 in `npm test`; the reliability script runs
 * 12,000 per property, over 100,000 in all). FC_SEED replays a run.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { findSpeakers } from "../../src/extract/attributions.js";
import { extractDates } from "../../src/extract/dates.js";
import { findNames, personCore, placeCore } from "../../src/extract/names.js";
import { parseDigits, parseWords } from "../../src/extract/numbers.js";
import { extractQuantities } from "../../src/extract/quantities.js";
import { findQuotes, maskQuotes } from "../../src/extract/quotes.js";
import { editDistance, nameKey } from "../../src/align/nameKey.js";
import { compareQuotes, quoteWords, wordDiff } from "../../src/align/quoteSimilarity.js";
import { findBoilerplate } from "../../src/source/boilerplate.js";
import { splitSentences } from "../../src/text/sentences.js";
import { analyzeDocument, Corpus, defaultOptions } from "../../src/index.js";
import { MAX_SENTENCE } from "../../src/text/sentences.js";
import { cpuTime } from "../cpuClock.js";

const LONG = process.env.RELIABILITY === "long";
const RUNS = Number(process.env.FC_RUNS || (LONG ? 12_000 : 150));
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
let cases = 0;
const counted = <A extends unknown[]>(f: (...xs: A) => void) => (...xs: A) => {
  cases++;
  f(...xs);
};
afterAll(() => {
  const line = JSON.stringify({ test: "engine: fast-check properties", runsPerProperty: RUNS, cases });
  console.log(`[reliability] ${line}`);
});

// ---- inputs: news-like words, every kind of character, and the marks the extractors look for ----

const WORDS = [
  "about", "around", "nearly", "more than", "at least", "up to", "some", "an estimated", "between", "and", "to", "or", "of", "the",
  "hundreds", "thousands", "dozens", "million", "billion", "half", "a third", "one", "twenty-five", "first", "1st", "1,000",
  "11,000", "2.5", "1.9-mile", "15–20", "$1.2bn", "€40m", "30%", "km", "miles", "people", "troops", "soldiers", "homes", "were",
  "killed", "wounded", "evacuated", "deployed", "said", "told", "according to", "added", "wrote", "he", "she", "they", "officials",
  "the ministry", "Red Cross", "John Kirby", "Mr.", "Dr.", "U.S.", "Gen.", "on Monday", "last week", "January 9", "March 14, 2024",
  "2024-03-14", "in 2019", "two days ago", "5 p.m.", "17:30", "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‹", "›", "(", ")",
  ",", ".", ";", ":", "—", "–", "-", "!", "?", "\n", "\r\n", "\r", "\n\n", "\u200b", "\u200f", "\u202e", "\ufeff", "\u00a0",
  "Leave a Reply", "Related Articles", "Copyright 2024", "٣", "१", "１２", "½", "²", "Ⅻ", "😀", "\ud800", "e\u0301",
];
const newsLike = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 1, arbitrary: fc.nat({ max: 10_000_000 }).map((n) => n.toLocaleString("en-US")) }), { maxLength: 50 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(newsLike, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }));
const REF = new Date(Date.UTC(2024, 2, 14));

function within(text: string, start: number, end: number, claimed: string | undefined, what: string) {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) throw new Error(`${what} out of bounds: ${start}..${end} in ${JSON.stringify(text)}`);
  if (claimed !== undefined && text.slice(start, end) !== claimed) throw new Error(`${what} text ${JSON.stringify(claimed)} is not the slice ${JSON.stringify(text.slice(start, end))}`);
}

describe("extractors: no throw, offsets inside the input, slices equal to the text", () => {
  it("splitSentences: ordered, non-overlapping sentences whose text is their slice", () => {
    fc.assert(
      fc.property(anyText, counted((t: string) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          within(t, s.start, s.end, s.text, "sentence");
          if (s.start < last) throw new Error(`sentences overlap at ${s.start}`);
          last = s.end;
        }
      })),
      params,
    );
  });

  it("extractQuantities: every figure is its slice, with a number that is not NaN and a low ≤ high", () => {
    fc.assert(
      fc.property(anyText, counted((t: string) => {
        for (const q of extractQuantities(t, [])) {
          within(t, q.start, q.end, q.text, "figure");
          if (Number.isNaN(q.value) || Number.isNaN(q.low) || Number.isNaN(q.high)) throw new Error(`NaN in ${JSON.stringify(q)}`);
          if (q.low > q.high) throw new Error(`low above high: ${JSON.stringify(q)}`);
        }
      })),
      params,
    );
  });

  it("parseDigits and parseWords: a number or nothing, never NaN", () => {
    fc.assert(
      fc.property(anyText, counted((t: string) => {
        const d = parseDigits(t);
        if (d !== undefined && Number.isNaN(d)) throw new Error(`parseDigits(${JSON.stringify(t)}) is NaN`);
        const w = parseWords(t);
        if (w && (Number.isNaN(w.value) || w.low > w.high)) throw new Error(`parseWords(${JSON.stringify(t)}) = ${JSON.stringify(w)}`);
      })),
      params,
    );
  });

  it("parseDigits and parseWords: names of Object's own properties are no numbers", () => {
    for (const t of ["__proto__", "constructor", "toString", "hasOwnProperty", "5 constructor", "5 __proto__", "valueOf"]) {
      expect(() => parseWords(t), t).not.toThrow();
      const w = parseWords(t);
      if (w) expect(Number.isFinite(w.value), t).toBe(true);
      expect(parseDigits(t), t).toBeUndefined();
    }
  });

  it("extractDates: every date is its slice, resolved to real ISO days in order", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), counted((t: string, withRef: boolean) => {
        for (const d of extractDates(t, withRef ? REF : undefined)) {
          within(t, d.start, d.end, d.text, "date");
          if (d.resolved && !(d.resolved.start <= d.resolved.end)) throw new Error(`date range reversed: ${JSON.stringify(d)}`);
        }
      })),
      params,
    );
  });

  it("findQuotes and maskQuotes: quotes are their slices; masking keeps the length", () => {
    fc.assert(
      fc.property(anyText, counted((t: string) => {
        const qs = findQuotes(t);
        for (const q of qs) within(t, q.start, q.end, q.text, "quote");
        const masked = maskQuotes(t, 0, qs);
        if (masked.length !== t.length) throw new Error("masking changed the length");
      })),
      params,
    );
  });

  it("findNames and findSpeakers: names and speakers inside the sentence", () => {
    fc.assert(
      fc.property(anyText, counted((t: string) => {
        const names = findNames(t);
        for (const n of names) {
          within(t, n.start, n.end, n.text, "name");
          personCore(n.text);
          placeCore(n.text);
          nameKey(n.text);
        }
        for (const s of findSpeakers(t, names)) {
          within(t, s.start, s.end, undefined, "speaker");
          if (!(0 <= s.at && s.at <= t.length)) throw new Error(`speaker verb at ${s.at} outside`);
        }
      })),
      params,
    );
  });

  it("findBoilerplate: ranges inside the page, in order", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }).map((ls) => ls.join("\n")), counted((t: string) => {
        for (const b of findBoilerplate(t)) within(t, b.start, b.end, undefined, "boilerplate");
      })),
      params,
    );
  });
});

describe("alignment: no throw, results within bounds", () => {
  it("compareQuotes and wordDiff: similarity in [0, 1]; the diff rebuilds both quotes", () => {
    fc.assert(
      fc.property(anyText, anyText, counted((a: string, b: string) => {
        const wa = quoteWords(a);
        const wb = quoteWords(b);
        const c = compareQuotes(wa, wb);
        if (!(c.similarity >= 0 && c.similarity <= 1)) throw new Error(`similarity ${c.similarity}`);
        const d = wordDiff(wa, wb);
        const side = (skip: string) => d.filter((p) => p.op !== skip && p.text).map((p) => p.text).join(" ");
        expect(side("added")).toBe(wa.join(" "));
        expect(side("removed")).toBe(wb.join(" "));
      })),
      params,
    );
  });

  it("editDistance: exact up to max, and above max exactly when the true distance is", () => {
    const levenshtein = (a: string, b: string) => {
      let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
      return prev[b.length];
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), fc.nat({ max: 10 }), counted((a: string, b: string, max: number) => {
        const d = editDistance(a, b, max);
        const truth = levenshtein(a, b);
        if (truth <= max ? d !== truth : d <= max) throw new Error(`editDistance(${JSON.stringify(a)}, ${JSON.stringify(b)}, ${max}) = ${d}, true distance ${truth}`);
      })),
      params,
    );
  });

  it("a corpus of random articles: every conflict joins claims of different articles, pairs index its claims", () => {
    const article = fc.array(newsLike, { minLength: 1, maxLength: 6 }).map((ps) => `Flood in the valley\nMarch 3, 2024\n\n${ps.join(".\n")}.\n`);
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), counted((texts: string[]) => {
        const corpus = new Corpus();
        texts.forEach((t, i) => corpus.set(`file:///fuzz/${i}.txt`, t));
        for (const c of corpus.conflicts()) {
          if (new Set(c.claims.map((x) => x.uri)).size < 2 && c.kind !== "date") throw new Error(`conflict within one article: ${c.message}`);
          for (const [a, b] of c.disagreements) if (!(a >= 0 && b < c.claims.length && a < b)) throw new Error(`pair ${a},${b} of ${c.claims.length}`);
          for (const x of c.claims) within(corpus.text(x.uri)!, x.span.start, x.span.end, x.span.text, "claim");
        }
      })),
      { ...params, numRuns: Math.max(10, Math.floor(RUNS / 10)) },
    );
  }, 600_000);
});

// ---- linear time: n against 4n ----

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const time = cpuTime;

/** Inputs built to make a regular expression backtrack: long runs of what a pattern half-matches. */
const ADVERSARIAL: [string, string][] = [
  ["digits and commas", "1,1,1,1,1,"],
  ["capitalised words", "Aa Bb Cc Dd "],
  ["opening quotes", "“a "],
  ["number words", "twenty one hundred and "],
  ["qualifiers", "about more than nearly "],
  ["dates without years", "on Monday, March 3, "],
  ["spaces", "  \u00a0 "],
  ["a news sentence", "About 1,000 soldiers were killed on Monday, the ministry said. "],
  ["quoted sentences", "“We left,” he said. "],
];

/**
 * The sentence extractors see one sentence at a time, and analyzeDocument cuts sentences at
 * MAX_SENTENCE (1,000) characters: they are timed over the input cut as analyzeDocument cuts it. The
 * functions that read the whole text get it whole.
 */
const bySentence = (f: (s: string) => unknown) => (t: string) => {
  for (let at = 0; at < t.length; at += MAX_SENTENCE) f(t.slice(at, at + MAX_SENTENCE));
};
const FUNCTIONS: [string, (t: string) => unknown][] = [
  ["analyzeDocument", (t) => analyzeDocument("file:///adversarial.txt", t, defaultOptions)],
  ["splitSentences", (t) => splitSentences(t)],
  ["findQuotes", (t) => findQuotes(t)],
  ["findBoilerplate", (t) => findBoilerplate(t)],
  ["quoteWords", (t) => quoteWords(t)],
  ["extractQuantities", bySentence((s) => extractQuantities(s, []))],
  ["extractDates", bySentence((s) => extractDates(s, REF))],
  ["findNames", bySentence((s) => findNames(s))],
  ["findSpeakers", bySentence((s) => findSpeakers(s, findNames(s)))],
  ["nameKey", bySentence((s) => nameKey(s))],
];
/** 1 MB in the reliability script; a quarter of that in `npm test`, to keep it quick. */
const BIG = LONG ? 1024 * 1024 : 256 * 1024;
const SMALL = BIG / 4;
const figures: Record<string, number> = {};
afterAll(() => console.log(`[reliability] ${JSON.stringify({ test: `engine: worst time on ${BIG / 1024} KB of adversarial input (ms)`, ...figures })}`));

describe(`time is linear in the input: ${BIG / 1024} KB of adversarial text against a quarter of it`, () => {
  for (const [name, f] of FUNCTIONS) {
    it(name, () => {
      let worst = 0;
      for (const [what, unit] of ADVERSARIAL) {
        f(repeatTo(unit, 5000)); // warm-up
        // the best of three: a garbage collection or a busy neighbour lengthens one run, not all three
        const best = (n: number) => Math.min(time(() => f(repeatTo(unit, n))), time(() => f(repeatTo(unit, n))), time(() => f(repeatTo(unit, n))));
        const small = best(SMALL);
        const big = best(BIG);
        worst = Math.max(worst, big);
        // four times the input: linear work takes about 4 times as long, quadratic 16 times; a floor
        // of 50 ms keeps a fast small run from making the bound meaninglessly tight
        expect(big, `${name} on ${what}: ${SMALL / 1024} KB ${small.toFixed(0)} ms, ${BIG / 1024} KB ${big.toFixed(0)} ms`).toBeLessThan(12 * Math.max(small, 50));
        // the target is under a second on an idle machine; the ceiling leaves room for a loaded one
        expect(big, `${name} on ${what}`).toBeLessThan(20_000);
      }
      figures[name] = Math.round(worst);
    }, 600_000);
  }
});
