import nlp from "compromise";
import { MONTHS, ORG_WORDS, singular, PLACE_GENERIC, PLACE_NOUN_AFTER, REPORTING_VERBS, STOP_WORDS, TITLE_WORDS, TRADE_WORDS, WEEKDAYS } from "./lexicon.js";
import type { EntityType } from "../types.js";

/** A proper name found in a sentence; offsets are relative to the sentence. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The city of a wire dateline: where the report was filed, which need not be what it is about. */
  dateline?: true;
}

// Capitalised words joined by spaces, with "of" / "of the" inside ("Security Service of Ukraine").
const NAME_RUN =
  /(?:\p{Lu}[\p{L}\p{M}’'.\-]*|\p{Lu}{2,})(?:\s+(?:(?:of|for|de|al|bin|van|von|der|da|du)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}’'.\-]*)*/gu;

/** The length of what /[’']s?$/ matches at the end of a name ("’s", "'", or none), read by code. */
function possessiveLength(text: string): number {
  const isQuote = (c: number) => c === 39 || c === 0x2019;
  const n = text.length;
  if (isQuote(text.charCodeAt(n - 1))) return 1;
  return n >= 2 && text.charCodeAt(n - 1) === 115 && isQuote(text.charCodeAt(n - 2)) ? 2 : 0;
}

/**
 * Whether a word at `start` opens the sentence or the text after a wire dateline's dash: what
 * /(?:^|\s[—–-])\s*["“‘(]?$/ tells of the text before it, read backwards from `start`.
 */
function opensSentence(sentence: string, start: number): boolean {
  let j = start;
  const q = sentence.charCodeAt(j - 1);
  if (j > 0 && (q === 34 || q === 0x201c || q === 0x2018 || q === 40)) j--;
  while (j > 0 && /\s/.test(sentence[j - 1])) j--;
  if (j === 0) return true;
  const dash = sentence.charCodeAt(j - 1);
  return j >= 2 && (dash === 0x2014 || dash === 0x2013 || dash === 45) && /\s/.test(sentence[j - 2]);
}

/**
 * "Nigeria's Plateau state": a possessive ends one name and the next begins after it. So does a street
 * or a square before two more capitalised words: "Speaking outside Downing Street Rishi Sunak said".
 */
const STREET_WORD = /\b(?:Street|Square|Road|Avenue|Boulevard|Lane|Palace)\s/;

function splitPossessive(run: string, at: number): { text: string; index: number }[] {
  if (!run.includes("’") && !run.includes("'") && !STREET_WORD.test(run)) return [{ text: run, index: at }];
  const out: { text: string; index: number }[] = [];
  let start = 0;
  for (const m of run.matchAll(/[’']s\s+(?=\p{Lu})|\b(?:Street|Square|Road|Avenue|Boulevard|Lane|Palace)\s+(?=\p{Lu}[\p{L}’'.-]*\s+\p{Lu})/gu)) {
    const end = m.index! + m[0].trimEnd().length;
    out.push({ text: run.slice(start, end), index: at + start });
    start = m.index! + m[0].length;
  }
  out.push({ text: run.slice(start), index: at + start });
  return out;
}

/** What /[.!?]["”’)]?$/ tells, read from the end: a $-anchored pattern is tried at every position. */
function endsLikeProse(text: string): boolean {
  const isStop = (c: number) => c === 46 || c === 33 || c === 63;
  const last = text.charCodeAt(text.length - 1);
  if (isStop(last)) return true;
  return (last === 34 || last === 0x201d || last === 0x2019 || last === 41) && text.length >= 2 && isStop(text.charCodeAt(text.length - 2));
}

/** A line of Title Case words is a headline: its capitals say nothing about names. */
export function isTitleCase(text: string): boolean {
  // headlines carry no full stop and are short; most sentences are out at once
  if (text.length > 200 || endsLikeProse(text)) return false;
  const words = text.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length < 4) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) && !STOP_WORDS.has(w.toLowerCase())).length;
  const lowerContent = words.filter((w) => /^\p{Ll}/u.test(w) && !STOP_WORDS.has(w)).length;
  return caps >= 3 && lowerContent === 0;
}

export function findNames(sentence: string): NameMention[] {
  const out: NameMention[] = [];
  for (const run of sentence.matchAll(NAME_RUN)) for (const m of splitPossessive(run[0], run.index!)) {
    let start = m.index;
    let text = m.text;
    // drop leading function words and titles-as-sentence-openers ("The", "According", "In")
    while (true) {
      const first = /^(\S+)\s+/.exec(text);
      if (!first) break;
      const w = first[1].toLowerCase();
      if (!STOP_WORDS.has(w) && !/^(of|for|the)$/.test(w)) break;
      start += first[0].length;
      text = text.slice(first[0].length);
    }
    // the end-anchored patterns are asked only when the last character can end them
    const last = text.charCodeAt(text.length - 1);
    if (last === 46 || last === 45) text = text.replace(/[.\-]+$/, (t) => (/\b\p{Lu}\.$/u.test(text) ? t.slice(1) : ""));
    if (text.endsWith(".") && !/(?:\p{Lu}\.){2,}$/u.test(text)) text = text.slice(0, -1);
    const possessive = possessiveLength(text);
    if (possessive && text.length > possessive) text = text.slice(0, -possessive);
    const acronym = /^\p{Lu}{2,8}$/u.test(text);
    if (!text || (STOP_WORDS.has(text.toLowerCase()) && !acronym)) continue;
    if (text.length < 2 || CALENDAR.test(text) || SCALES.test(text)) continue;
    // "German-listed", "Paris-based", "Russian-made": an adjective of the noun after it, not a name
    if (text.includes("-") && /^\p{Lu}\p{L}*-\p{Ll}+$/u.test(text)) continue;
    // a common word capitalised only because it opens the sentence ("Officials said…")
    // (a wire dateline's dash opens the sentence too: "CITY, May 8 (Agency) — Authorities ordered…")
    if (!acronym && !text.includes(" ") && opensSentence(sentence, start) && isCommonWord(text)) continue;
    if (isDatelineCity(text, sentence, start)) out.push({ start, end: start + text.length, text, type: "place", dateline: true });
    else out.push({ start, end: start + text.length, text, type: nameType(text, sentence, start) });
  }
  return out;
}

const NATIONALITY = /(?:an|ian|ese|ish|i|ic|ean|ch)$/;
/** Temperature scales are capitalised and name no one. */
const SCALES = /^(?:Celsius|Fahrenheit|Centigrade)$/i;
const CALENDAR = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "i");
const SPEECH_AFTER = new RegExp(String.raw`^\s*(?:,[^,]{2,80},\s*)?(?:${REPORTING_VERBS})\b`, "i");

// compromise's lexicon knows first names, countries and cities; a lookup costs nothing, unlike a parse.
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
function tags(word: string): string[] {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}
const PROPER_TAG = /^(?:Country|City|Region|Place|Town|Continent|MaleName|FemaleName|FirstName|LastName|Organization|ProperNoun|Person)$/;
/** A lexicon question about a word, answered once per spelling. */
function remembered(ask: (w: string) => boolean): (w: string) => boolean {
  const answers = new Map<string, boolean>();
  return (w) => {
    let a = answers.get(w);
    if (a === undefined) {
      a = ask(w);
      if (answers.size >= 20_000) answers.clear();
      answers.set(w, a);
    }
    return a;
  };
}
/** Answered by lower-cased word: the lexicon does not change, and openers repeat ("The", "Officials"). */
const commonWord = remembered((lower) => {
  const t = [...tags(lower), ...(lower.endsWith("s") ? [...tags(lower.slice(0, -1)), ...tags(singular(lower))] : [])];
  return t.length > 0 && !t.some((x) => PROPER_TAG.test(x));
});
export const isCommonWord = (word: string) => commonWord(word.toLowerCase());
/** "Foods", "Brands", "Systems": a plural whose singular the lexicon knows as a common word, and no surname. */
const commonPluralLower = remembered((w) => {
  if (!/s$/.test(w) || tags(w).some((t) => PROPER_TAG.test(t))) return false;
  if (tags(w).includes("Plural")) return true;
  const one = w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return tags(one).some((t) => /^(?:Singular|Noun|Uncountable|Infinitive)$/.test(t));
});
const commonPlural = (word: string) => commonPluralLower(word.toLowerCase());
const isFirstName = remembered((w) => tags(w).some((t) => /^(?:MaleName|FemaleName|FirstName)$/.test(t)));
const isPlaceWord = remembered((w) => tags(w).some((t) => /^(?:Country|City|Region|Place|Town|Continent)$/.test(t)));

/** What follows the city of a wire dateline: a dash, a date, a country or the agency in brackets. */
const DATELINE_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?(?:[—–]|-\s|,\s+(?:\p{Lu}\p{Ll}{2,}\.?\s+\d|\d{1,2}\s+\p{Lu}\p{Ll}{2,}|\p{Lu}[\p{L}\s]{2,30}?\s*(?:\([^()]{1,40}\)\s*)?[—–-]))/u;

/** "KESSEL, March 5 (Agency) -", "TARNOV —": a dateline's city, in capitals, where the report was filed. */
function isDatelineCity(text: string, sentence: string, start: number): boolean {
  return start === 0 && text.length >= 3 && /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(text) && DATELINE_AFTER.test(sentence.slice(text.length, text.length + 60));
}

function nameType(text: string, sentence: string, start: number): EntityType {
  if (ORG_WORDS.test(text) || /^\p{Lu}{2,6}$/u.test(text)) return "organisation";
  const words = text.split(/\s+/);
  if (words.length === 1 && CALENDAR.test(text)) return "other";
  // "South African", "Western": a nationality or an adjective names no one, even before "town"
  const lastTags = tags(words[words.length - 1]);
  if (lastTags.includes("Demonym") || (words.length === 1 && lastTags.length > 0 && lastTags.every((t) => t === "Adjective"))) return "other";
  const before = sentence.slice(Math.max(0, start - 24), start).toLowerCase();
  if (PLACE_NOUN_AFTER.test(sentence.slice(start + text.length, start + text.length + 16))) return "place";
  const titled = words.some((w) => TITLE_WORDS.has(w.toLowerCase())) || /\b(?:president|minister|secretary|spokes\w+|chief|general|official|mayor|governor|leader|commander|ambassador|envoy|director|senator|chancellor|premier)\s+$/i.test(before);
  const named = words.length >= 2 && words.length <= 4 && isFirstName(words[0]) && !TITLE_WORDS.has(words[0].toLowerCase()) && !isPlaceWord(words[words.length - 1]);
  // "Halvorsen Shipping", "General Dynamics", "Captain Foods": a name ending in what a firm does, or
  // a title before a common plural, names a firm
  if (!named && words.length >= 2 && (tradeWord(words[words.length - 1]) || (words.length === 2 && TITLE_WORDS.has(words[0].toLowerCase()) && commonPlural(words[1])))) return "organisation";
  // "the president of Orvel Ventures said": what an office is of is a body or a place, not its holder
  // ("the head of Emmanuel Macron's campaign": a possessive or a first name is a person's)
  if (!named && OFFICE_OF_BEFORE.test(before) && !/^[’']/.test(sentence.slice(start + text.length))) return words.some(isPlaceWord) ? "place" : "other";
  if (named || (titled && words.length >= 2 && !words.some(isPlaceWord))) return "person";
  if (words.length === 1 && NATIONALITY.test(text) && !isPlaceWord(text)) return "other";
  if (words.some(isPlaceWord)) return "place";
  // "Port Halden", "Fort Ardley", "Lake Tamsor": English names a place by its kind first (a body named
  // after one, "the Port Halden Authority", is an organisation above)
  if (words.length >= 2 && /^(?:Port|Fort|Mount|Lake|Cape)$/.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[1])) return "place";
  // "the town of Brenvik", "the port of Telmar", "the capital, Sorvald,": the noun before says what it is
  if (/\b(?:town|city|village|port|hamlet|municipality|province|region|district|county|island|suburb|capital)\s+of\s+$|\bcapital,\s+$/.test(before)) return "place";
  if (/\b(in|at|near|from|to|into|across|outside|inside|toward|towards)\s+(the\s+)?$/.test(before) && !/according\s+to\s+(the\s+)?$/.test(before)) return "place";
  const capitalised = words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w));
  // "Calderwick Foods said", "Orvel Systems said": a common plural noun at the end names a firm, not a surname
  if (capitalised && !words.every((w) => NATIONALITY.test(w)) && !commonPlural(words[words.length - 1]) && SPEECH_AFTER.test(sentence.slice(start + text.length))) return "person";
  return "other";
}

/** An office and its "of" right before a name: "the president of", "chairman of the". */
const OFFICE_OF_BEFORE = /\b(?:president|chairman|chairwoman|chair|chief|executive|director|head|owner|founder|spokes(?:man|woman|person)|manager|secretary|governor|mayor)\s+of\s+(?:the\s+)?$/i;
/** A firm's trade as the last word of its name: a word of the list, a gerund ("Shipping", "Mining") or an uncountable noun. */
const tradeWordLower = remembered((w) => TRADE_WORDS.test(w) || /ics$/.test(w) || tags(w).some((t) => t === "Gerund" || t === "Uncountable"));
const tradeWord = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && tradeWordLower(word.toLowerCase());

/**
 * The name of a person without the titles in front ("U.S. Secretary of State Hillary Clinton" →
 * "Hillary Clinton"): the longest run of words at the end that are not titles and not after "of".
 */
export function personCore(name: string): string {
  const words = name.split(/\s+/);
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1];
    const lw = w.toLowerCase();
    if (TITLE_WORDS.has(lw) || lw === "of" || lw === "the" || (lw.includes("-") && lw.split("-").every((p) => TITLE_WORDS.has(p)))) break;
    if (i - 2 >= 0 && words[i - 2].toLowerCase() === "of") {
      // "Chairman of Samsung Electronics Lee Jae-yong": the body's name may go on into the core
      while (words.length - i > 2 && (tradeWord(words[i]) || ORG_WORDS.test(words[i]))) i++;
      break;
    }
    i--;
  }
  const core = words.slice(i).join(" ");
  return core || name;
}

const STATE_OF = /^(?:the\s+)?(?:Republic|Kingdom|Principality|Federation|Commonwealth|Emirate|Sultanate|Grand Duchy)\s+of\s+(?:the\s+)?(?=\p{Lu})/u;

/** Strips a generic place noun: "Kherson region" → "Kherson". */
export function placeCore(name: string): string {
  // "the Republic of Valdora" is Valdora
  return name.replace(PLACE_GENERIC, "").replace(STATE_OF, "");
}
