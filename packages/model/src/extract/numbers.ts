import nlp from "compromise";

/** A number found in text: its value, or a range for "four or five" and "hundreds". */
export interface ParsedNumber {
  value: number;
  low: number;
  high: number;
  /** "hundreds", "dozens": the text gives an order of magnitude, not a figure. */
  vague: boolean;
  fraction: boolean;
}

const UNITS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const SCALES = "hundred|thousand|million|billion|trillion";
const FRACTIONS = "half|halves|third|thirds|quarter|quarters|fourth|fourths|fifth|fifths|sixth|sixths|tenth|tenths";

/**
 * A number word at the start of a word: every match of WORD_NUMBER holds one, and most sentences with
 * a figure have digits only, so the long pattern is run where this quicker one finds something.
 */
export const HAS_NUMBER_WORD = new RegExp(String.raw`\b(?:${UNITS}|${SCALES}|${FRACTIONS}|dozen)`, "i");

/** A run of number words ("two hundred and fifty", "twenty-one", "a dozen", "four or five"). */
export const WORD_NUMBER = new RegExp(
  String.raw`\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?:${FRACTIONS})\b|` +
    String.raw`(?:a|one)[\s-]+(?:${SCALES}|dozen)\b(?:[\s-]+(?:and[\s-]+)?(?:${UNITS}|${SCALES}))*|` +
    String.raw`(?:${UNITS})\b(?:[\s-]+(?:and[\s-]+)?(?:${UNITS}|${SCALES}|dozen)\b)*` +
    String.raw`(?:\s+(?:or|to)\s+(?:${UNITS})\b(?:[\s-]+(?:${UNITS}|${SCALES})\b)*)?|` +
    // the longer forms first: "hundreds of thousands" is one number, not "hundreds" of "thousands"
    // "several hundred thousand", "a few thousand": an order of magnitude, as "hundreds of thousands" is
    String.raw`(?:several|a\s+few)\s+(?:hundred\s+thousand|hundred|thousand|million)\b|` +
    String.raw`(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|tens\s+of\s+millions|dozens|hundreds|thousands|millions|billions)\b|` +
    String.raw`a\s+dozen\b|half\s+a\s+(?:dozen|million|billion)\b)`,
  "gi",
);

/**
 * Digits with thousands separators or decimals (a comma, a thin or no-break space, or, in translated
 * copy, a plain space before a word: "1 760 tons", not "March 3 100" nor "No. 2 100"), an optional scale word or suffix ("3.5 million", "10k").
 * Digits joined to other digits by invisible characters (a zero-width space, word joiner or soft
 * hyphen pasted from a web page: "1\u200b000") are no figure at all, rather than "1" and "000".
 */
export const DIGIT_NUMBER =
  /(?<![\w.,]|\d[\u00ad\u200b-\u200d\u2060\ufeff]+)(?:\d{1,3}(?:(?:,|\u202f|\u00a0)\d{3})+|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|No|Nos|number|numbers|Nr|page|pages|Chapter|Article|Section|Room|Flight|Route|Highway|Line|Unit|Block|Building)\.?\s)\d{1,3}(?: \d{3})+(?= [a-z])|\d+)(?:\.\d+)?(?:\s*(?:million|billion|trillion|thousand|bn|m\b|k\b))?(?![\d]|[\u00ad\u200b-\u200d\u2060\ufeff]+\d)/gi;

const VAGUE: Record<string, [number, number]> = {
  dozens: [24, 99],
  hundreds: [200, 999],
  // "Thousands flee" of 38,000: loose upward, as "millions" is (tens of thousands are thousands)
  thousands: [2000, 99999],
  millions: [2e6, 9.99e8],
  billions: [2e9, 9.99e11],
  "tens of thousands": [20000, 99999],
  "hundreds of thousands": [200000, 999999],
  "tens of millions": [2e7, 9.99e7],
  "several hundred": [200, 999],
  "several thousand": [2000, 9999],
  "several hundred thousand": [200000, 999999],
  "several million": [2e6, 9.99e6],
  "a few hundred": [200, 599],
  "a few thousand": [2000, 5999],
  "a few hundred thousand": [200000, 599999],
  "a few million": [2e6, 5.99e6],
};

const SMALL: Record<string, number> = { "a dozen": 12, "one dozen": 12, "half a dozen": 6, "half a million": 5e5, "half a billion": 5e8 };
const FRACTION_WORDS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, tenth: 10, tenths: 10,
};

const SCALE_VALUE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

export function parseDigits(text: string): number | undefined {
  const m = /^([\d,\u202f\u00a0 ]+(?:\.\d+)?)\s*([a-z]+)?$/i.exec(text.trim());
  if (!m) return undefined;
  const base = Number(m[1].replace(/[,\u202f\u00a0 ]/g, ""));
  if (!Number.isFinite(base)) return undefined;
  const word = m[2]?.toLowerCase();
  const scale = word === undefined ? 1 : Object.hasOwn(SCALE_VALUE, word) ? SCALE_VALUE[word] : undefined;
  return scale === undefined ? undefined : base * scale;
}

// compromise is the reference for number words but costs ~0.8 ms a call; news repeats the same few phrases.
const cache = new Map<string, ParsedNumber | null>();
const CACHE_LIMIT = 5000;

export function parseWords(text: string): ParsedNumber | undefined {
  const key = text.toLowerCase().replace(/\s+/g, " ").trim();
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const parsed = parseWordsUncached(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, parsed ?? null);
  return parsed;
}

function parseWordsUncached(key: string): ParsedNumber | undefined {
  if (Object.hasOwn(VAGUE, key)) {
    const [low, high] = VAGUE[key];
    return { value: Math.round((low + high) / 2), low, high, vague: true, fraction: false };
  }
  if (Object.hasOwn(SMALL, key)) return point(SMALL[key]);
  const frac = /^(a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(\w+)$/.exec(key);
  if (frac && Object.hasOwn(FRACTION_WORDS, frac[2])) {
    const numerator = frac[1] === "a" || frac[1] === "an" ? 1 : wordsToNumbers(frac[1])[0];
    if (numerator !== undefined) return { ...point(numerator / FRACTION_WORDS[frac[2]]), fraction: true };
  }
  const alt = /^(.+?)\s+(or|to)\s+(.+)$/.exec(key);
  if (alt) {
    const a = wordsToNumbers(alt[1])[0];
    const b = wordsToNumbers(alt[3])[0];
    if (a !== undefined && b !== undefined) return { value: (a + b) / 2, low: Math.min(a, b), high: Math.max(a, b), vague: false, fraction: false };
  }
  const values = wordsToNumbers(key);
  if (values.length !== 1 || !Number.isFinite(values[0])) return undefined;
  return point(values[0]);
}

function wordsToNumbers(text: string): number[] {
  const out = nlp(text).numbers().get() as unknown;
  return Array.isArray(out) ? (out.filter((v) => typeof v === "number") as number[]) : [];
}

function point(v: number): ParsedNumber {
  return { value: v, low: v, high: v, vague: false, fraction: false };
}

/** Number of trailing zeros of an integer: 11,000 → 3. Round figures are usually rounded figures. */
export function trailingZeros(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 0;
  let n = 0;
  while (v % 10 === 0) {
    v /= 10;
    n++;
  }
  return n;
}
