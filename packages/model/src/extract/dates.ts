import * as chrono from "chrono-node";
import type { ClockTime, DateGranularity } from "../types.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";

/** A date mention in a sentence, resolved against the article's date when it is relative. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  resolved?: { start: string; end: string; granularity: DateGranularity };
  relative: boolean;
  time?: string;
  /** A time of day and its zone (`timesOfDay.ts`), before it is set in UTC. */
  clock?: Omit<ClockTime, "utc" | "instant">;
  weekdayMismatch?: { stated: string; actual: string };
  /** The weekday stated with a day and month but no year ("Monday, July 14"): it fixes the year. */
  weekday?: number;
  /** The year was chosen by the stated weekday (`fixYearByWeekday`), not guessed from a reference date. */
  weekdayFixed?: boolean;
  /** The happening the wording itself dates ("the war enters its second year" dates the war's start). */
  event?: string;
}

const DAY = 86400000;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

// Only sentences with one of these go to chrono: it costs ~0.25 ms per KB and most sentences hold no date.
const DATE_HINT = new RegExp(
  String.raw`\b(?:${MONTHS}|${WEEKDAYS}|yesterday|today|tonight|tomorrow|ago|(?:last|this|next|past)\s+(?:week|month|year|summer|winter|spring|autumn|fall|night|weekend)|1[89]\d\d|20\d\d|\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|anniversary|its\s+\w+\s+year)\b`,
  "i",
);

const PART_OF_MONTH = new RegExp(String.raw`\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:week|days|half|weekend)\s+of\s+(${MONTHS})\b(?:\s+(\d{4}))?`, "gi");
/** "March last year", "June of last year", "October this year": a month of a year counted from the article's. */
const MONTH_OF_RELATIVE_YEAR = new RegExp(String.raw`\b(${MONTHS})\.?\s+(?:of\s+)?(last|this|next)\s+year\b`, "gi");
const RELATIVE_MONTH = new RegExp(String.raw`\b(last|next|this|past)\s+(${MONTHS})\b(?!\s+\d)`, "gi");
const LOWER_CALENDAR = new RegExp(String.raw`(?:^|[^\p{L}])(?:${MONTHS}|${WEEKDAYS}|sun|mon|tue|wed|thu|fri|sat)(?![\p{L}])`, "u");
const CHRONO_TEXT = new RegExp(String.raw`\d|${MONTHS}|${WEEKDAYS}|yesterday|today|tonight|tomorrow|ago|last|this|next|past`, "i");
/**
 * chrono over the stretches of the sentence around its date words only (see `DATE_WORD`): its cost
 * grows with the text it reads, and a sentence usually has one date in it.
 */
interface Found {
  index: number;
  text: string;
  start: chrono.ParsedComponents;
}

/**
 * The words a date phrase is made of besides its date word: chrono reads only the run of them around
 * each date word ("on the evening of Saturday, January 11, 2025", "two weeks ago", "at 3 p.m. local
 * time on Monday"). Short stretches recur across articles, so chrono's reading of most is remembered.
 */
const DATE_WORD = String.raw`(?:[\d:./–-]+(?:st|nd|rd|th|s|am|pm|a\.m\.?|p\.m\.?|h|hrs)?|${MONTHS}|${WEEKDAYS}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:\.|(?=,))|a\.m\.?|p\.m\.?|am|pm|on|the|of|in|at|by|early|late|mid|around|about|approximately|morning|afternoon|evening|night|overnight|noon|midday|midnight|dawn|dusk|last|this|next|past|ago|from|until|till|through|to|and|between|since|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple|day|days|week|weeks|weekend|fortnight|month|months|year|years|hour|hours|minute|minutes|yesterday|today|tonight|tomorrow|local|time|gmt|utc|bst|cet|est|edt|pst|pdt)`;
const DATE_RUN_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${DATE_WORD}[\s,]+)*$`, "iu");
const DATE_RUN_AFTER = new RegExp(String.raw`^(?:[\s,]*${DATE_WORD}(?![\p{L}\p{N}]))*`, "iu");

const PART_OF_DAY_OF = /^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

function chronoAroundHints(sentence: string, ref: Date | undefined): Found[] {
  const reference = ref ?? new Date(Date.UTC(2000, 0, 1));
  const parser = parserFor(sentence);
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(DATE_HINT_ALL)) {
    if (m[0].length === 3 && !monthMay(sentence, m)) continue;
    const cut = Math.max(0, m.index! - 60);
    let from = m.index! - DATE_RUN_BEFORE.exec(sentence.slice(cut, m.index!))![0].length;
    if (from === cut && cut > 0 && /[\p{L}\p{N}]/u.test(sentence[cut - 1])) from = sentence.indexOf(" ", cut) + 1; // a word cut in two
    const at = m.index! + m[0].length;
    const to = at + DATE_RUN_AFTER.exec(sentence.slice(at, at + 60))![0].length;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  const out: Found[] = [];
  for (const [from, to] of spans) {
    for (const r of parseStretch(parser, sentence.slice(from, to), reference)) {
      // chrono reads "the evening of Saturday, March 9" as this evening: the day after "of" is the date
      const partOfDay = PART_OF_DAY_OF.exec(r.text);
      const day = partOfDay ? parseStretch(parser, r.text.slice(partOfDay[0].length), reference)[0] : undefined;
      if (day) out.push({ index: r.index + from + partOfDay![0].length + day.index, text: day.text, start: day.start });
      else out.push({ index: r.index + from, text: r.text, start: r.start });
    }
  }
  return out;
}

/**
 * chrono's reading of one stretch, remembered: it depends on the text, the reference date and the
 * parser only, and the same stretch comes again (a sentence repeated in an article or across the
 * reports of one event, an article analysed again after an edit). The results are only read.
 */
const stretches = new Map<string, readonly chrono.ParsedResult[]>();
// bounded by stretches and by the dates they hold: a text dense with dates must not keep thousands of results alive
const STRETCHES_KEPT = 4096;
const RESULTS_KEPT = 8192;
let resultsKept = 0;
export function parseStretch(parser: { parse: typeof chrono.parse }, text: string, reference: Date): readonly chrono.ParsedResult[] {
  const key = `${parser === chrono.en.GB ? "GB" : "US"} ${reference.getTime()} ${text}`;
  let found = stretches.get(key);
  if (!found) {
    found = parser.parse(text, reference, { forwardDate: false });
    if (stretches.size >= STRETCHES_KEPT || resultsKept + found.length > RESULTS_KEPT) {
      stretches.clear();
      resultsKept = 0;
    }
    stretches.set(key, found);
    resultsKept += found.length;
  }
  return found;
}

// "04.06.2023" is day first wherever dots separate the numbers; slashes keep chrono's month-first reading.
const DOTTED = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/;
export function parserFor(text: string): { parse: typeof chrono.parse } {
  return DOTTED.test(text) ? chrono.en.GB : chrono;
}

// "plans to" is a verb of intent unless a determiner, a possessive or a preposition makes it a noun
// ("against a government plan to raise", "the ministry's plans to cut"; "the union plans to" is
// still a verb): then it is what the sentence is about, and says nothing of when its date falls
const FUTURE = /\b(will|shall|is due|are due|scheduled|upcoming|next|(?<!\b(?:an?|the|its|their|his|her|our|this|that|these|those|against|over|of|about|on|to|for|with|by)\s+(?:[\p{L}-]+\s+)?)plan to|(?<!\b(?:the|its|their|his|her|our|these|those|against|over|of|about|on|to|for|with|by)\s+|[’']s\s+)plans to|planned to|intends? to|expects?\b[^.;]{0,60}\bto|(?<!\b(?:was|were|is|are|as|than|had|has|have|been)\s+)(?:expect|expects|forecasts?)\b|is expected to|are expected to|to be held|set to|(?:campaign|drive|programme|program|operation|talks|vote|ballot|trial|hearing|meeting|summit|strike|walkout|rollout|roll-out|exercise|session|count)\s+(?:is\s+|are\s+)?to\s+(?:start|begin|open|resume|run|commence|take\s+place|get\s+under\s*way|kick\s+off))\b/iu;
/**
 * A verb in the past right before a date ("said on Monday", "broke down on Friday", "told reporters
 * on Saturday", "said Thursday"): that date is past, whatever else the sentence plans. Verbs of
 * planning ("scheduled", "postponed") and a passive future ("will be reopened") are not.
 */
const PAST_VERB_BEFORE =
  /\b(said|says|told|met|broke|began|held|spoke|wrote|went|came|took|gave|made|saw|left|fell|struck|hit|won|lost|\p{L}{3,}ed)(?:\s+(?:down|up|out|off|back|reporters|journalists|lawmakers|parliament|in a statement|in a post|at a news conference))?(?:\s+(?:through|in|at|across|outside|near|along|around|into|in front of)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+)?\s+(?:(?:early|late)\s+)?(?:on\s+)?$/iu;
const PLANNING = /^(?:scheduled|rescheduled|planned|expected|postponed|delayed|moved|pushed|slated|set|due|needed|intended|pencilled|penciled)$/i;
const FUTURE_AUXILIARY = /\b(?:will|would|shall|to|going to)\s+(?:be|have(?:\s+been)?)\s+$/i;

/**
 * The same verb with its object between it and the date ("issued a profit warning in October", "closed
 * the line on Sunday"). Not a reporting verb (what follows "said" is what was said, and may be planned),
 * and no word of the future, an infinitive or a conjunction in the object.
 */
const PAST_VERB_OBJECT =
  /\b(broke|began|held|went|came|took|gave|made|saw|left|fell|struck|hit|won|lost|cut|shut|\p{L}{3,}ed)((?:\s+(?!(?:will|would|shall|to|be|that|and|but|or|while|as|when|if|which|who)\b)[\p{L}\d’'-]+){1,4})\s+(?:in|on)\s+(?:(?:early|late)\s+)?$/iu;
const REPORTING_ED = /^(?:announced|reported|stated|claimed|confirmed|revealed|warned|added|noted|insisted|argued|declared|explained|suggested|indicated|tweeted|posted|predicted|forecast|promised|pledged|vowed)$/i;

function pastVerbBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 80), at);
  const m = PAST_VERB_BEFORE.exec(before);
  if (m && !PLANNING.test(m[1])) return !FUTURE_AUXILIARY.test(before.slice(0, m.index));
  const o = PAST_VERB_OBJECT.exec(before);
  if (!o || PLANNING.test(o[1]) || REPORTING_ED.test(o[1])) return false;
  return !FUTURE_AUXILIARY.test(before.slice(0, o.index)) && !/\b(?:will|would|shall|to)\s+$/i.test(before.slice(0, o.index));
}

/** Quoted words: their tense is the speaker's. A quotation may run on past the sentence ("“… in the
 * future. And it is not a trivial risk.”"): an opening mark left open runs to the sentence's end, a
 * closing mark with none before it closes a quotation opened in an earlier sentence. */
const QUOTED = /“[^”]*(?:”|$)|^[^“]*”|"[^"]*"/g;

/** Whether the part of the sentence a date stands in speaks of the future: inside a quotation its words, outside the narration. */
function futureAt(sentence: string, at: number): boolean {
  for (const m of sentence.matchAll(QUOTED)) {
    if (m.index! <= at && at < m.index! + m[0].length) return FUTURE.test(m[0]);
  }
  return FUTURE.test(sentence.replace(QUOTED, (q) => " ".repeat(q.length)));
}

const DEICTIC = /\b(?:ago|yesterday|today|tonight|tomorrow|last|next|this|past)\b/i;

const DATE_HINT_ALL = new RegExp(DATE_HINT.source, "gi");

/**
 * "May" the month, not the verb: before a day ("May 3"), after one ("3 May"), or after a word that
 * takes a month ("in May", "since May", "last May"). Asked of a match in code: lookbehinds in the
 * hint pattern cost it at every position of every sentence.
 */
const MAY_BEFORE = /(?:\d|\b(?:in|of|since|until|early|late|mid|last|next|this))\s$/i;
function monthMay(sentence: string, m: RegExpMatchArray): boolean {
  if (m[0].toLowerCase() !== "may") return true;
  return /^\s+\d/.test(sentence.slice(m.index! + 3, m.index! + 6)) || MAY_BEFORE.test(sentence.slice(Math.max(0, m.index! - 7), m.index!));
}

/** A date word in the sentence, "may" the verb aside. */
export function hasDateHint(sentence: string): boolean {
  // one pass: the first date word that is no verb answers (test, then matchAll, read a hit twice)
  DATE_HINT_SCAN.lastIndex = 0;
  for (let m = DATE_HINT_SCAN.exec(sentence); m; m = DATE_HINT_SCAN.exec(sentence)) {
    if (m[0].length !== 3 || monthMay(sentence, m)) {
      DATE_HINT_SCAN.lastIndex = 0;
      return true;
    }
  }
  return false;
}
const DATE_HINT_SCAN = new RegExp(DATE_HINT.source, "gi");

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function monthEnd(y: number, m: number): Date {
  return new Date(Date.UTC(y, m, 0));
}

const MONTH_INDEX: Record<string, number> = {};
MONTHS.split("|").forEach((m) => {
  const full = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
  const i = full.findIndex((f) => f.startsWith(m));
  MONTH_INDEX[m] = i + 1;
});

/**
 * Finds the dates of one sentence. `ref` is the article's date; without it, relative dates are kept
 * unresolved rather than resolved against the day the tool runs.
 */
export function extractDates(sentence: string, ref: Date | undefined): DateMention[] {
  if (!hasDateHint(sentence)) return [];
  const out: DateMention[] = [];
  // the future words are read only when a date of chrono's needs them
  let futureWords: boolean | undefined;
  const future = () => (futureWords ??= FUTURE.test(sentence));
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const push = (m: DateMention) => {
    if (!free(m.start, m.end)) return;
    taken.push([m.start, m.end]);
    out.push(m);
  };

  // "early/late last year", "last summer": chrono reads these as single days.
  const relativeWords = /\b(?:last|this|next|past)\s/i.test(sentence);
  // before "last year" alone is taken: chrono reads "March last year" as two dates
  for (const m of relativeWords ? sentence.matchAll(MONTH_OF_RELATIVE_YEAR) : []) {
    if (!/^\p{Lu}/u.test(m[1])) continue; // "may" the verb
    const month = MONTH_INDEX[m[1].toLowerCase()];
    const year = ref ? ref.getUTCFullYear() + { last: -1, this: 0, next: 1 }[m[2].toLowerCase() as "last" | "this" | "next"] : undefined;
    const resolved = year ? { start: iso(utc(year, month, 1)), end: iso(monthEnd(year, month)), granularity: "month" as const } : undefined;
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], resolved, relative: true });
  }
  for (const m of relativeWords ? sentence.matchAll(/\b(?:(early|earlier|late|later|mid|middle of)\s+)?(last|this|next|past)\s+(year|summer|winter|spring|autumn|fall)\b/gi) : []) {
    const resolved = ref ? relativePeriod(ref, m[1]?.toLowerCase(), m[2].toLowerCase(), m[3].toLowerCase()) : undefined;
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], resolved, relative: true });
  }
  // "the war enters its second year", "the third anniversary of the invasion": a start date, by arithmetic
  const yearWords = /\byear\b/i.test(sentence);
  for (const m of !yearWords ? [] : sentence.matchAll(/\b(war|conflict|invasion|fighting)\b[^.;]{0,40}?\b(?:enters?|entered|entering|is in|was in|marks?|marked|into)\s+its\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+year\b/gi)) {
    const n = ordinal(m[2]);
    const phrase = m[0].slice(m[0].search(/\b(?:enters?|entered|entering|is in|was in|marks?|marked|into)\b/i));
    const start = m.index! + m[0].length - phrase.length;
    const resolved = ref && n ? { start: iso(addYears(ref, -n)), end: iso(addYears(ref, -(n - 1))), granularity: "year" as const } : undefined;
    push({ start, end: start + phrase.length, text: phrase, resolved, relative: true, event: "outbreak" });
  }
  for (const m of !/anniversary/i.test(sentence) ? [] : sentence.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\s+(?:the\s+|\S+\s+)?(war|invasion|conflict)\b/gi)) {
    const n = ordinal(m[1]);
    const resolved = ref && n ? { start: iso(addYears(ref, -n - 0.1)), end: iso(addYears(ref, -n + 0.1)), granularity: "season" as const } : undefined;
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], resolved, relative: true, event: "outbreak" });
  }
  // "the last week of December": a part of a month.
  for (const m of !/\sof\s/.test(sentence) ? [] : sentence.matchAll(PART_OF_MONTH)) {
    const month = MONTH_INDEX[m[1].toLowerCase()];
    const year = m[2] ? Number(m[2]) : ref ? pastYearOfMonth(ref, month, false) : undefined;
    const resolved = year ? { start: iso(utc(year, month, 1)), end: iso(monthEnd(year, month)), granularity: "month" as const } : undefined;
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], resolved, relative: !m[2] });
  }
  // "last August", "next March": chrono treats "last" as a word of its own.
  for (const m of !relativeWords ? [] : sentence.matchAll(RELATIVE_MONTH)) {
    const month = MONTH_INDEX[m[2].toLowerCase()];
    const dir = m[1].toLowerCase();
    const year = ref ? (dir === "next" ? nextYearOfMonth(ref, month) : pastYearOfMonth(ref, month, dir === "last")) : undefined;
    const resolved = year ? { start: iso(utc(year, month, 1)), end: iso(monthEnd(year, month)), granularity: "month" as const } : undefined;
    push({ start: m.index!, end: m.index! + m[0].length, text: m[0], resolved, relative: true });
  }

  const results = chronoAroundHints(sentence, ref);
  for (const r of results) {
    let start = r.index;
    let text = r.text.replace(/[,.;:]+$/, "");
    const lead = /^(?:on|in|at|by|since|from|of|during|until|before|after|for)\s+/i.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // "updated the toll to 11 Monday afternoon": a number before a weekday with no month is a figure;
    // the weekday alone is the date
    const figureFirst = new RegExp(String.raw`^\d{1,2}\s+(?=(?:${WEEKDAYS})\b(?![^,.;]*\b(?:${MONTHS})\b))`, "i").exec(text);
    if (figureFirst) {
      start += figureFirst[0].length;
      text = text.slice(figureFirst[0].length);
    }
    if (!/\d|[A-Za-z]{3}/.test(text)) continue;
    if (!CHRONO_TEXT.test(text)) continue;
    // English writes months and weekdays with a capital: "march", "may", "sun" are other words
    if (LOWER_CALENDAR.test(text)) continue;
    // durations ("for several weeks", "in the weeks") are not dates
    if (/\b(weeks|months|years|days)\b/i.test(text) && !/\bago\b/i.test(text)) continue;
    if (/^\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(text)) continue;
    // "growth of 3 to 5 per cent": two numbers joined by "to" are a range, not hours
    if (/^\d{1,2}\s*(?:to|-|–)\s*\d{1,2}$/i.test(text)) continue;
    // "Since January, 1,200 people": a day number that goes on in thousands is a figure, not a day;
    // the month before it is the date
    if (/\d$/.test(text) && /^[,.]\d{3}\b/.test(sentence.slice(start + text.length))) {
      const bare = /^(\p{Lu}\p{Ll}+)\.?,?\s+\d{1,2}$/u.exec(text);
      const month = bare && !known(r, "year") ? MONTH_INDEX[bare[1].toLowerCase()] : undefined;
      if (!month) continue;
      const year = ref ? (future() && futureAt(sentence, start) ? nextYearOfMonth(ref, month) : pastYearOfMonth(ref, month, false)) : undefined;
      const resolved = year ? { start: iso(utc(year, month, 1)), end: iso(monthEnd(year, month)), granularity: "month" as const } : undefined;
      push({ start, end: start + bare![1].length, text: bare![1], resolved, relative: true });
      continue;
    }
    // "on Monday, November 4, 36 people were killed": a number after the day that goes on with a noun is
    // a figure, not the year; the date is read again without it
    const tail = /,\s*\d{1,3}$/.exec(text);
    if (tail && /^\s+\p{Ll}/u.test(sentence.slice(start + text.length, start + text.length + 3)) && /\d/.test(text.slice(0, tail.index))) {
      const bare = text.slice(0, tail.index);
      const again = ref ? parseStretch(parserFor(bare), bare, ref)[0] : undefined;
      const mention = again && again.index === 0 ? fromChrono(again, start, again.text, ref, future() && futureAt(sentence, start) && !pastVerbBefore(sentence, start)) : undefined;
      if (mention) push(mention);
      continue;
    }
    // "in the year to December", "the six months ended June 30": a reporting period, not a day something happened
    if (/^(?:the\s+)?(?:\w+\s+)?(?:year|months?|quarter|half|weeks?|period)\s+(?:to|ended|ending)\b/i.test(text) || /\b(?:year|months|quarter|half|weeks|period)\s+(?:to|ended|ending)\s+$/i.test(sentence.slice(Math.max(0, start - 30), start))) continue;
    const mention = fromChrono(r, start, text, ref, future() && futureAt(sentence, start) && !pastVerbBefore(sentence, start));
    if (mention) push(mention);
  }

  // Bare years: "in 2022", "since 2014", "Russia's 2022 invasion", "in the year 2025" (translated copy).
  for (const m of !/\b(?:1[89]|20)\d\d\b/.test(sentence) ? [] : sentence.matchAll(/\b(?:(in|since|by|during|from|until|of|before|after|throughout)\s+(?:the\s+year\s+)?)?(?:(early|mid|late)[-\s])?(1[89]\d\d|20\d\d)\b(?![-/]\d)/gi)) {
    const yearStart = m.index! + m[0].length - 4;
    const year = Number(m[3]);
    const adjective = /^\s+\p{Ll}/u.test(sentence.slice(m.index! + m[0].length)) && /[’']s\s*$|\b(?:[Tt]he|[Aa]n?)\s*$/.test(sentence.slice(0, yearStart));
    if (!m[1] && !adjective) continue;
    const start = m[2] ? m.index! + (m[1] ? m[1].length + 1 : 0) : yearStart;
    push({
      start,
      end: m.index! + m[0].length,
      text: sentence.slice(start, m.index! + m[0].length),
      resolved: yearPart(year, m[2]?.toLowerCase()),
      relative: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const known = (r: Found, k: chrono.Component) => r.start.isCertain(k);

function fromChrono(r: Found, start: number, text: string, ref: Date | undefined, future: boolean): DateMention | undefined {
  const c = r.start;
  const known = (k: chrono.Component) => c.isCertain(k);
  const time = known("hour") ? `${String(c.get("hour")).padStart(2, "0")}:${String(c.get("minute") ?? 0).padStart(2, "0")}` : undefined;
  const base = { start, end: start + text.length, text, time };

  if (known("day") && known("month")) {
    const relative = !known("year") || DEICTIC.test(text);
    if (relative && !ref) return { ...base, relative };
    const y = known("year") ? c.get("year")! : pastYearOfDay(ref!, c.get("month")!, c.get("day")!, future);
    const d = utc(y, c.get("month")!, c.get("day")!);
    const mention: DateMention = { ...base, relative, resolved: { start: iso(d), end: iso(d), granularity: "day" } };
    if (known("weekday") && c.get("weekday") !== d.getUTCDay()) {
      mention.weekdayMismatch = { stated: WEEKDAY_NAMES[c.get("weekday")!], actual: WEEKDAY_NAMES[d.getUTCDay()] };
    }
    if (known("weekday") && !known("year")) mention.weekday = c.get("weekday")!;
    return mention;
  }
  if (known("weekday") && !known("month") && !DEICTIC.test(text.replace(/\b(?:last|next|this)\s+(?=\w+day\b)/i, ""))) {
    if (!ref) return { ...base, relative: true };
    const d = nearestWeekday(ref, c.get("weekday")!, future || /\bnext\b/i.test(text), /\blast\b/i.test(text));
    return { ...base, relative: true, resolved: { start: iso(d), end: iso(d), granularity: "day" } };
  }
  if (known("month") && !known("day")) {
    const relative = !known("year");
    if (relative && !ref) return { ...base, relative };
    const m = c.get("month")!;
    const y = known("year") ? c.get("year")! : future ? nextYearOfMonth(ref!, m) : pastYearOfMonth(ref!, m, false);
    return { ...base, relative, resolved: { start: iso(utc(y, m, 1)), end: iso(monthEnd(y, m)), granularity: "month" } };
  }
  // "yesterday", "two days ago", "last week": chrono has computed them from the reference.
  if (!ref) return { ...base, relative: true };
  const d = utc(c.get("year")!, c.get("month")!, c.get("day")!);
  if (/\bweek\b/i.test(text)) {
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
    return { ...base, relative: true, resolved: { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * DAY)), granularity: "week" } };
  }
  return { ...base, relative: true, resolved: { start: iso(d), end: iso(d), granularity: "day" } };
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
function ordinal(word: string): number | undefined {
  const i = ORDINALS.indexOf(word.toLowerCase());
  if (i >= 0) return i + 1;
  const n = parseInt(word, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

function addYears(d: Date, years: number): Date {
  return new Date(d.getTime() + years * 365.25 * DAY);
}

/** News reports the past: a bare weekday is the latest such day on or before the article's date. */
export function nearestWeekday(ref: Date, weekday: number, forward: boolean, strictlyPast: boolean): Date {
  const today = ref.getUTCDay();
  if (forward) {
    const ahead = (weekday - today + 7) % 7 || 7;
    return new Date(ref.getTime() + ahead * DAY);
  }
  let back = (today - weekday + 7) % 7;
  if (strictlyPast && back === 0) back = 7;
  return new Date(ref.getTime() - back * DAY);
}

function pastYearOfMonth(ref: Date, month: number, strictly: boolean): number {
  const y = ref.getUTCFullYear();
  const m = ref.getUTCMonth() + 1;
  return month < m || (!strictly && month === m) ? y : y - 1;
}

function nextYearOfMonth(ref: Date, month: number): number {
  const y = ref.getUTCFullYear();
  return month > ref.getUTCMonth() + 1 ? y : y + 1;
}

/** "January 9" in an article of January 14 is this year's; "December 28" in January is last year's. */
function pastYearOfDay(ref: Date, month: number, day: number, future: boolean): number {
  const y = ref.getUTCFullYear();
  const candidate = utc(y, month, day).getTime();
  if (future) return candidate >= ref.getTime() - DAY ? y : y + 1;
  // allow a month ahead: "a strike called for March 24" in a report of March 14 is ten days away, not
  // a year ago; a day of last year more than eleven months back is written with its year
  return candidate <= ref.getTime() + 31 * DAY ? y : y - 1;
}

function yearPart(year: number, part?: string): { start: string; end: string; granularity: DateGranularity } {
  if (part === "early") return { start: `${year}-01-01`, end: `${year}-04-30`, granularity: "season" };
  if (part === "mid") return { start: `${year}-05-01`, end: `${year}-08-31`, granularity: "season" };
  if (part === "late") return { start: `${year}-09-01`, end: `${year}-12-31`, granularity: "season" };
  return { start: `${year}-01-01`, end: `${year}-12-31`, granularity: "year" };
}

const SEASON: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };

function relativePeriod(ref: Date, part: string | undefined, which: string, unit: string) {
  const y = ref.getUTCFullYear();
  if (unit === "year") {
    const year = which === "last" || which === "past" ? y - 1 : which === "next" ? y + 1 : y;
    const p = part === "earlier" ? "early" : part === "later" ? "late" : part === "middle of" ? "mid" : part;
    return yearPart(year, p);
  }
  const [from, to] = SEASON[unit];
  const refMonth = ref.getUTCMonth() + 1;
  // the season's end year: "last summer" in January 2025 is summer 2024
  let endYear = which === "next" ? y + (refMonth > to ? 1 : 0) : refMonth > to || (from > to && refMonth <= to) ? y : y - 1;
  if (which === "this") endYear = y;
  const startYear = from > to ? endYear - 1 : endYear;
  return { start: iso(utc(startYear, from, 1)), end: iso(monthEnd(endYear, to)), granularity: "season" as DateGranularity };
}

/**
 * In an article without a date line, "Monday, July 14" is read against a date borrowed from elsewhere
 * (the corpus, or a date in the text), which may be off by a year. The weekday fixes the year: the
 * one, within two years of the year read, in which that day is that weekday (a day and month fall on
 * five different weekdays in any five consecutive years, so there is at most one). The date is then as
 * sure as a dated article's. No such year: the mention is left as it was.
 */
export function fixYearByWeekday(d: DateMention): DateMention {
  if (d.weekday === undefined || !d.resolved || d.resolved.granularity !== "day") return d;
  const [y, m, day] = d.resolved.start.split("-").map(Number);
  for (const off of [0, -1, 1, -2, 2]) {
    const t = utc(y + off, m, day);
    if (t.getUTCDate() !== day || t.getUTCDay() !== d.weekday) continue;
    const { weekdayMismatch: _, ...rest } = d;
    return { ...rest, resolved: { start: iso(t), end: iso(t), granularity: "day" }, weekdayFixed: true };
  }
  return d;
}
