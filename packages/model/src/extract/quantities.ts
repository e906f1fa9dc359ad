import { nextFiniteClause } from "./clauses.js";
import { CURRENCY_SYMBOL, CURRENCY_WORD, DEFAULT_ROLE, MONTHS, WEEKDAYS, NOUN_CLASS, PEOPLE_OF_A_PLACE, REPORTING_VERBS, ROLE_WORDS, STOP_WORDS, UNITS, nounClass, singular } from "./lexicon.js";
import { dividendKind, moneyPurpose, percentChange, reportingPeriod } from "./money.js";
import { DIGIT_NUMBER, HAS_NUMBER_WORD, WORD_NUMBER, parseDigits, parseWords, type ParsedNumber } from "./numbers.js";
import { nameKey } from "../align/nameKey.js";
import { QUALIFIER_AFTER, QUALIFIER_BEFORE, afterEffect, qualifierEffect, type QualifierEffect } from "./qualifiers.js";

/** A figure in a sentence, before tolerance and document context. Offsets relative to the sentence. */
export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  value: number;
  low: number;
  high: number;
  qualifier?: string;
  effect?: QualifierEffect;
  vague: boolean;
  /** The factor from `unit` to its dimension's base unit (km → 1000): figures are compared in base units. */
  factor: number;
  /** Added before the factor: Fahrenheit is converted as (°F − 32) × 5/9. */
  offset: number;
  /** The figure as written, for its precision ("1.9" is given to a tenth). */
  digits: string;
  unit?: string;
  dimension?: string;
  noun: string;
  thing: string;
  modifiers: string[];
  /** Capitalised modifiers ("South African"): the strongest sign that two counts are of the same things. */
  properModifiers: string[];
  role: string;
  /** "these soldiers": the noun refers back, so the scope of the earlier mention applies. */
  anaphoric: boolean;
  /** "including 500 officers": a part of the figure before it. */
  partOfPrevious: boolean;
  /** "Twelve of the injured", "two of the dead": a part of a group named by what happened to it. */
  partitive: boolean;
  /** "18,000 of them spent the night in shelters": counts what the figure before it counted. */
  ofThem?: boolean;
  fraction: boolean;
  /** The name that is the subject of the verb before the figure ("the Socialists took 122 seats"). */
  owner?: string;
  /** The place a distance is measured from ("240 miles from Orvin" → "orvin"): the figure's place. */
  reference?: string;
}

interface Candidate {
  start: number;
  end: number;
  num: ParsedNumber;
}

const AMONG_WERE = /^\W*Among\s+(?:the|those|them)\b[^;:,]*?\s(?:were|are|was|is)\s[^;:]*$/i;
/** "Of the 18 coaches that derailed, 16 were …", "Of these, 12 were …", "Out of the dead, four were …": a part of a whole named before. */
const OF_THE_WHOLE = /(?:^|[,;:]\s*|\bsaid\s+)\W*(?:of|out\s+of)\s+(?:the|these|those|them|this|which)\b[^;:,]{0,60},\s*$/i;
const EACH_AFTER = /^\s+(?:[\p{L}’'-]+\s+){0,3}?(?:each|apiece)\b(?!\s+other\b)/iu;
const FREED_BEFORE = /\b(?:freed|frees|freeing)\s+(?:(?:some|about|around|another|all|more\s+than|at\s+least)\s+)?$/i;
const PARTICLE_OVER = /\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|took|take[sn]?|taking|pass(?:ed|es|ing)?|sign(?:ed|s|ing)?|gave|give[sn]?|giving)\s+over\s+$/i;
/** "26 Telurians", "21 Drevanians", "300 Lestrians": people of a nation, written as a plural with a capital. */
const PEOPLE_OF_A_NATION = /^\p{Lu}\p{Ll}+(?:ians|ans|eans|ese|is)$/u;
/** "26 Telurian citizens", "21 Drevanian nationals": people of a nation by another noun. */
const NATIONALS = /^(?:citizens|nationals|people|persons|compatriots)$/;
/** One key for a nation's adjective, its people and its name: "Telurian", "Telurians", "Teluria" → "teluria". */
function nationKey(word: string): string {
  const w = word.toLowerCase().replace(/s$/, "");
  return /(?:ian|an)$/.test(w) ? w.slice(0, -1) : w;
}
/** "26 citizens of Teluria", "21 nationals of Drevania": people of that nation. */
const NATION_OF_AFTER = /^\s+(?:citizens|nationals)\s+of\s+(?:the\s+)?(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/u;
const NATION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|an|ean|ese|i)$/u;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*/gu;
const DETERMINERS = new Set(["the", "these", "those", "its", "their", "his", "her", "our", "such", "this", "that", "them", "whom", "which"]);
const NP_STOP = new Set([
  ...STOP_WORDS,
  "are", "were", "is", "was", "have", "has", "had", "be", "been", "will", "would", "who", "which", "that", "reportedly", "allegedly", "succumbed",
]);
NP_STOP.delete("other");
const ANAPHORA = new Set(["these", "those", "the", "such", "them", "whom"]);
const YEAR = /^(1[89]\d\d|20\d\d)$/;
const RANGE_JOIN = /^\s*(?:to|-|–|—|and)\s*$/i;

/**
 * Finds the figures of one sentence and what each counts. `masked` are spans taken by dates, so that
 * the 9 of "January 9" is not read as a count.
 */
const MAY_HOLD_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|fourth|fifth|sixth|tenth)/i;

export function extractQuantities(sentence: string, masked: [number, number][]): QuantityMention[] {
  if (!MAY_HOLD_NUMBER.test(sentence)) return [];
  const candidates = findNumbers(sentence, masked);
  const out: QuantityMention[] = [];
  for (let i = 0; i < candidates.length; i++) {
    let c = candidates[i];
    // ranges: "18,000 to 20,000", "between 18,000 and 20,000", "10-12"
    const next = candidates[i + 1];
    if (next && RANGE_JOIN.test(sentence.slice(c.end, next.start))) {
      const join = sentence.slice(c.end, next.start).trim().toLowerCase();
      const between = /\bbetween\s+$/i.test(sentence.slice(0, c.start));
      if (join !== "and" || between) {
        const scaled = scaleLike(c.num, next.num);
        c = {
          start: between ? c.start - /\bbetween\s+$/i.exec(sentence.slice(0, c.start))![0].length : c.start,
          end: next.end,
          num: { value: (scaled + next.num.value) / 2, low: Math.min(scaled, next.num.low), high: Math.max(scaled, next.num.high), vague: false, fraction: false },
        };
        i++;
      }
    }
    // "4,000 homes were flooded and 600 were destroyed": the second figure counts the same noun
    // and "sickened 400 people and killed 23": a second verb's bare figure counts the first figure's people;
    // "killing 23 of the 40 people on board and injuring 15.": a bare figure after a participle of a role,
    // at the end of its clause, counts what the figure before it counts
    const bareAfterRole = out.length > 0 && ROLE_PARTICIPLE_BEFORE.test(sentence.slice(Math.max(0, c.start - 30), c.start)) && /^\s*(?:[.,;)]|$)/.test(sentence.slice(c.end)) && !out[out.length - 1].dimension;
    // "143, including three children, with 107 more": "more" adds to the whole, not to its part
    const lender = MORE_AFTER.test(sentence.slice(c.end)) && out.length > 1 && /\bincluding\s+$/i.test(sentence.slice(Math.max(0, out[out.length - 1].start - 12), out[out.length - 1].start)) ? out[out.length - 2] : out[out.length - 1];
    const m = describe(sentence, c) ?? (out.length && (ELLIPSIS.test(sentence.slice(c.end)) || bareAfterRole || verbEllipsis(sentence, out[out.length - 1], c)) ? describe(sentence, c, lender) : undefined);
    // "about 120 km/h (75 mph)": a conversion in brackets measures what the figure before it measures
    // (not a sum of money: a conversion at the day's rate is no figure of the article's own)
    const prev = out[out.length - 1];
    if (m && prev?.dimension && prev.dimension !== "money" && m.dimension === prev.dimension && m.unit !== prev.unit && /^\s*\(\s*$/.test(sentence.slice(prev.end, m.start))) {
      // a bare measure stays bare in its other unit
      [m.noun, m.thing, m.modifiers, m.role, m.reference] = [prev.noun === prev.unit ? m.unit! : prev.noun, prev.thing, prev.modifiers, prev.role, prev.reference];
    }
    // "revenue of £4,210m (2024: £3,960m)": the year's comparative in brackets is the same measure, a year before
    // and "rose to £521m, from £449m" the figure the change started from
    if (m && prev?.unit && m.unit === prev.unit && m.role === "previous" && prev.role !== "previous" && (m.noun === m.unit || /^\s*\(\s*(?:FY\s*)?(?:19|20)\d\d(?:\/\d\d)?\s*:\s*$/i.test(sentence.slice(prev.end, m.start)))) {
      [m.noun, m.thing, m.modifiers] = [prev.noun, prev.thing, prev.modifiers];
    }
    if (m) out.push(m);
  }
  return out;
}

/** "3 to 4 million": the first number borrows the scale of the second. */
function scaleLike(a: ParsedNumber, b: ParsedNumber): number {
  if (a.value < 1000 && b.value >= 1e6 && b.value / a.value > 1000) {
    const scale = b.value >= 1e9 ? 1e9 : 1e6;
    return a.value * scale;
  }
  return a.value;
}

const COMPASS_AFTER = /^\s*(?:to\s+the\s+)?((?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ward)?\b/i;
/** "The tunnel is 3 km long", "the new bridge will be about 1.2 miles long": the subject whose length it is. */
const LENGTH_SUBJECT_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)(?:\s+(?:under|across|over|between|through|beneath|along|linking|near|in|at)\s+(?:the\s+)?\p{L}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)?)?\s+(?:is|was|will\s+be|would\s+be|measures|measured|runs|ran|stretches|stretched)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|just|under)\s+)*$/u;
/** "a route of 4 kilometres", "a stretch of about 35 miles": the noun the length is of. */
const LENGTH_OF_BEFORE = /\b(\p{L}+)\s+of\s+$/iu;
/** Words after a length that say how it lies, not what it measures. */
const NOT_A_LENGTH_OF = /^(?:long|wide|high|deep|tall|away|offshore|inland|upstream|downstream|ahead|apart|behind|distance|north|south|east|west|northeast|northwest|southeast|southwest)$/i;
const AREA_TAKEN = String.raw`(?:burn(?:ed|t|s|ing)?|scorch(?:ed|es|ing)?|char(?:red|ring|s)?|blacken(?:ed|ing|s)?|consum(?:ed|es|ing)|raz(?:ed|ing)|flood(?:ed|ing|s)?|submerg(?:ed|es|ing)|inundat(?:ed|es|ing)|swamp(?:ed|ing)?|gr(?:own|ew|ows|owing)\s+to|spread(?:s|ing)?\s+(?:over|across|to|through)|burn(?:ed|t|ing)?\s+through|destroy(?:ed|ing|s)?)`;
/** "had burned about 12,000 hectares (29,650 acres)", "has grown to nearly 30,000 acres". */
const AREA_TAKEN_BEFORE = new RegExp(String.raw`\b${AREA_TAKEN}\s+(?:(?:an?\s+)?(?:estimated|about|around|some|nearly|almost|roughly|approximately|more\s+than|over|at\s+least)\s+)*(?:[\d.,]+\s+[\p{L}\s]{1,20}?\s*\(\s*)?$`, "iu");
/** "500 square kilometres of forest were blackened", "3,000 hectares have been flooded". */
// ("…with 153,000 acres burned": the participle right after the area is said of it)
const AREA_TAKEN_AFTER = new RegExp(String.raw`^(?:(?:\s+of\s+[\p{L}\s]{1,30}?)?\s+(?:have\s+been|has\s+been|had\s+been|were|was|are|is)\s+${AREA_TAKEN}|\s+(?:burned|burnt|scorched|charred|blackened|consumed|flooded|submerged|inundated)\b)`, "iu");
const DEPTH_AFTER = /^\s*(?:underground|below\s+(?:ground|the\s+surface|the\s+seabed|sea\s+level)|beneath\s+the\s+(?:surface|ground|seabed)|deep\b|down\b)/i;
/** After "2m": a count of something ("2m barrels", "5m people", "3m of the shares"), so a million. */
const MILLION_AFTER = /^\s*(?:of\b|people\b|[a-z]+(?:s|ers)\b(?!\s+(?:below|above|deep|high|tall|long|wide|down|up)\b))/i;
const TIME_OF_DAY = /^\s*(?:[ap]\.\s?m\b|[ap]m\b|o[’']clock\b)/i;
/**
 * A scale after a reading: "46.3C", "41°C", "38.5 °C", "44 degrees Celsius", "115 degrees Fahrenheit",
 * "(113.7 Fahrenheit)". A capital C or F glued to the digits is a scale; a bare "degrees" has none.
 */
const GLUED_SCALE = /^([CF])\b/;
const SCALE = /^\s*(°\s?[CF]\b|degrees?\s+(?:celsius|centigrade|fahrenheit|[CF]\b)|celsius|fahrenheit|°)/i;
function temperatureUnit(rest: string): RegExpExecArray | null {
  const u = GLUED_SCALE.exec(rest) ?? SCALE.exec(rest);
  if (u) u[1] = u[1].toLowerCase().replace(/\s+/g, " ").replace(/^degree /, "degrees ").replace(/^([cf])$/, "°$1").replace(/^° /, "°");
  return u;
}

function findNumbers(sentence: string, masked: [number, number][]): Candidate[] {
  const out: Candidate[] = [];
  const free = (s: number, e: number) => masked.every(([a, b]) => e <= a || s >= b) && out.every((o) => e <= o.start || s >= o.end);
  for (const m of sentence.matchAll(DIGIT_NUMBER)) {
    const s = m.index!;
    let text = m[0];
    // "600m below ground", "the 400m": metres, unless a currency stands before it or a count follows
    // ("£600m", "2m barrels", "5m of them", "a population of 5m")
    if (/\dm$/i.test(text) && !/[$€£¥]\s*$/.test(sentence.slice(Math.max(0, s - 4), s)) && !MILLION_AFTER.test(sentence.slice(s + text.length, s + text.length + 24)) && !/population\s+of\s+(?:about\s+|some\s+|around\s+)?$/i.test(sentence.slice(Math.max(0, s - 30), s))) text = text.slice(0, -1);
    const e = s + text.length;
    const after = sentence.slice(e, e + 3);
    // ordinals (1st), times (5:30), dates (12/3), model names (F-16), decimals cut by the regex
    if (/^(?:st|nd|rd|th)\b/i.test(after) || /^[:/]\d/.test(after) || /[:/]$/.test(sentence.slice(0, s))) continue;
    if (/\p{L}-$/u.test(sentence.slice(Math.max(0, s - 2), s))) continue;
    // letters glued to the digits are a unit ("180km/h", "5kg") or a scale ("10k"), else a code ("F16")
    if (/^\p{L}/u.test(after) && !/^(?:m|k|bn|p)\b/i.test(after) && !/^[CF]\b/.test(after) && !UNITS.has(/^[\p{L}%/]+/u.exec(sentence.slice(e, e + 12))![0].toLowerCase())) continue;
    // a time of day ("3 p.m.", "8pm", "10 o'clock") is not a count
    if (TIME_OF_DAY.test(sentence.slice(e, e + 12))) continue;
    // a grade's number is part of its name ("two AC 3 Tier coaches", "a tier-2 city", "Tier 1 suppliers")
    if (/^[\s-]*tiers?\b/i.test(sentence.slice(e, e + 8)) || /\btier[\s-]*$/i.test(sentence.slice(Math.max(0, s - 6), s))) continue;
    // a class on a scale is a label, not a count ("a Category 4 hurricane", "a Level 3 alert", "Phase 2")
    if (SCALE_CLASS_BEFORE.test(sentence.slice(Math.max(0, s - 24), s))) continue;
    const bare = text.replace(/\s+/g, "");
    if (YEAR.test(bare) && !/^\s*(?:people|troops|soldiers|of)\b/i.test(sentence.slice(e))) continue;
    const value = parseDigits(text);
    if (value === undefined || !free(s, e)) continue;
    out.push({ start: s, end: e, num: { value, low: value, high: value, vague: false, fraction: false } });
  }
  for (const m of HAS_NUMBER_WORD.test(sentence) ? sentence.matchAll(WORD_NUMBER) : []) {
    const s = m.index!;
    let text = m[0];
    // "one of the soldiers", "the other one": a pronoun, not a count
    if (/^one$/i.test(text) && /^\s+(?:of|another|by|day|after)\b/i.test(sentence.slice(s + text.length))) continue;
    // "at one point", "at one time": when, not how many
    if (/^one$/i.test(text) && /\bat\s+$/i.test(sentence.slice(Math.max(0, s - 4), s)) && /^\s+(?:point|time|stage)\b/i.test(sentence.slice(s + text.length))) continue;
    if (/^(?:a|an|one)\s/i.test(text) === false && /^one$/i.test(text) && /\b(?:no|any|every|the|this|that)\s+$/i.test(sentence.slice(0, s))) continue;
    // "one-off costs", "a one-time payment", "a one-sided contest": an adjective, no count
    if (/^one$/i.test(text) && ONE_ADJECTIVE.test(sentence.slice(s + text.length, s + text.length + 12))) continue;
    // "One passenger said…": a witness introduced, not a count
    if (/^one$/i.test(text) && ONE_WHO_SPEAKS.test(sentence.slice(s + text.length, s + text.length + 100))) continue;
    // a trailing "or"/"to" without a second number is not part of it
    text = text.replace(/\s+(?:or|to)\s*$/i, "");
    const e = s + text.length;
    if (!free(s, e)) continue;
    if (SCALE_CLASS_BEFORE.test(sentence.slice(Math.max(0, s - 24), s))) continue;
    const num = parseWords(text);
    if (!num) continue;
    // "a third party", "a second term": an ordinal before a noun is no share ("a third of the staff" is)
    if (num.fraction && /(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?$/i.test(text) && /^\s+(?!of\b)\p{L}/u.test(sentence.slice(e))) continue;
    out.push({ start: s, end: e, num });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The word before a class's number: "Category 4", "category-five", "Level 3", "Phase 2", "Stage 4", "Grade 2". */
const SCALE_CLASS_BEFORE = /(?<!\b(?:this|that|each|every|which|what|one|any)\s+)\b(?:category|cat\.|level|phase|stage|grade|class)[\s-]+$/i;

/** "Five of the injured persons", "three of the dead passengers": the group is named by what happened to it. */
const OF_THE_ROLE = /^\s+of\s+(?:the|those|these)\s+(?:injured|wounded|dead|missing|rescued|hospitali[sz]ed|evacuated|arrested|detained)\s+\p{L}/iu;

const ONE_ADJECTIVE = /^-(?:off|time|sided|way|stop|party|on-one|to-one|size)\b/i;
const ONE_WHO_SPEAKS = new RegExp(String.raw`^\s+(?:(?:[\p{L}-]+\s+){1,6}?|[\p{L}-]+,\s+[^,]{2,70},\s+)(?:${REPORTING_VERBS})\b`, "iu");
const VERB_BETWEEN = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:and|,)\s+(\p{Ll}+)\s+(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|another|a\s+further)\s+)?$/u;
const CLAUSE_ENDS = /^\s*(?:[,.;:)]|$|\s+(?:as|when|while|after|before|in|on|at|since|during|across|according|officials|police|authorities)\b)/u;
/** "injured 80 people and killed 12", "killed 40 civilians and wounded 130,": a role verb's bare figure after a count of people. */
function verbEllipsis(sentence: string, prev: QuantityMention, c: Candidate): boolean {
  if (prev.unit || !PEOPLE_THINGS.has(prev.thing)) return false;
  const v = VERB_BETWEEN.exec(sentence.slice(prev.end, c.start));
  if (!v) return false;
  // "killing six people and forcing about 45,000 to flee": made to leave, the same kind of people
  if (CAUSATIVE.test(v[1])) return FORCED_OUT_AFTER.test(sentence.slice(c.end));
  return ROLE_WORDS.has(v[1]) && ROLE_WORDS.get(v[1]) !== "present" && CLAUSE_ENDS.test(sentence.slice(c.end));
}
/** A verb that makes its object do what follows: "forced 38,000 from their homes", "prompted 9,000 to leave". */
const CAUSATIVE = /^(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|prompt(?:s|ed|ing)?)$/i;
const FORCED_OUT_AFTER = /^\s+(?:to\s+(?:flee|leave|evacuate|abandon)|from\s+their\s+homes|out\s+of\s+their\s+homes)\b/i;
/** The causative verb right before a figure: its role is what its people were made to do, said after. */
const CAUSATIVE_BEFORE = /\b(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|prompt(?:s|ed|ing)?)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|an\s+estimated|roughly|approximately|another|a\s+further)\s+)?$/i;
const CASES = /^(?:cases|case|infections)$/;
const PEOPLE_THINGS = new Set(["people", "civilian", "worker", "child", "military", "officer", "passenger", "patient", "resident"]);
const ROLE_PARTICIPLE_BEFORE = /\b(?:and|,)\s+(?:injuring|wounding|killing|leaving)\s+(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|another)\s+)?$/i;
const ELLIPSIS = /^\s+(?:were|was|are|is|had|have|has|died|succumbed|remain|remained|more|others)\b/i;

function describe(sentence: string, c: Candidate, borrow?: QuantityMention): QuantityMention | undefined {
  let start = c.start;
  let end = c.end;
  let { value, low, high } = c.num;

  // qualifier before ("about", "more than") and after ("or more", "-plus")
  // "more than €20 million": the qualifier stands before the currency symbol
  const symbolLength = /(?:US\$|\$|€|£|¥|₹)\s*$/.exec(sentence.slice(Math.max(0, start - 3), start))?.[0].length ?? 0;
  const before = sentence.slice(Math.max(0, start - symbolLength - 30), start - symbolLength);
  // "handed over 26 citizens", "turned over 300 documents": the verb's particle, no qualifier
  const q = PARTICLE_OVER.test(before) ? null : QUALIFIER_BEFORE.exec(before);
  let qualifier: string | undefined;
  let effect: QualifierEffect | undefined;
  if (q) {
    qualifier = q[1].replace(/\s+/g, " ");
    effect = qualifierEffect(qualifier);
    start -= before.length - q.index! + symbolLength;
  }
  const qa = QUALIFIER_AFTER.exec(sentence.slice(end));
  if (qa && !effect) {
    qualifier = qa[0].trim();
    effect = afterEffect(qualifier);
    end += qa[0].length;
  }
  if (c.num.vague) effect = effect ?? { type: "approx" };

  // currency before, unit after
  let unit: string | undefined;
  let dimension: string | undefined;
  const sym = /(US\$|\$|€|£|¥|₹)\s*$/.exec(sentence.slice(Math.max(0, c.start - 3), c.start));
  if (sym) {
    unit = CURRENCY_SYMBOL[sym[1]];
    dimension = "money";
    if (!q) start = c.start - sym[0].length;
  }
  let factor = 1;
  let offset = 0;
  let rest = sentence.slice(end);
  const u = temperatureUnit(rest) ?? /^(?:\s*|-)(%|(?:per cent|percent|km\/h|percentage points|metric\s+(?:tons?|tonnes)|square (?:kilomet(?:re|er)s?|miles?|met(?:re|er)s|feet)|sq (?:km|miles|ft)|nautical miles?|km2|km\/h|kph|mph|(?:kilomet(?:re|er)s?|miles)\s+(?:per|an)\s+hour|[a-z]+)\b)/i.exec(rest);
  if (u && !unit) {
    const word = u[1].toLowerCase().replace(/\s+/g, " ");
    const known = UNITS.get(word);
    if (known && !(word === "m" && !/^\s*m\b/.test(rest))) {
      unit = known[0] === "temperature" ? (known[2] ? "°F" : "°C") : word;
      dimension = known[0];
      factor = known[1];
      offset = known[2] ?? 0;
      end += u[0].length;
      rest = sentence.slice(end);
    } else if (CURRENCY_WORD[word]) {
      unit = CURRENCY_WORD[word];
      dimension = "money";
      end += u[0].length;
      rest = sentence.slice(end);
    }
  }

  // what is counted
  const np = borrow
    ? { noun: borrow.noun, thing: borrow.thing, modifiers: borrow.modifiers, proper: borrow.properModifiers, anaphoric: false }
    : countedNoun(sentence, end, start);
  if (!np && !dimension) return undefined;
  let noun = np?.noun ?? unit!;
  let thing = np?.measure ? np.thing : dimension ?? (np ? np.thing : "thing");
  // "handed over 26 citizens of Teluria": the Telurians
  const nationOf = np && !np.proper.length && !dimension ? NATION_OF_AFTER.exec(sentence.slice(end, end + 50)) : null;
  if (nationOf && np) [thing, np.modifiers, np.proper] = ["people", [nationKey(nationOf[1])], [nationKey(nationOf[1])]];
  // "a restructuring charge of $450 million", "embezzled €18m": a sum is the kind of sum its clause names
  const purpose = dimension === "money" && !np?.measure ? moneyPurpose(sentence, start, end) : undefined;
  if (purpose) [noun, thing] = [purpose, `money:${purpose}`];
  // "a final dividend of 18.4p" and "a full-year dividend of 27.1 pence" are two sums
  if (purpose === "dividend") thing = `money:${dividendKind(sentence.slice(Math.max(0, start - 60), start))}`;
  // "revenue rose 6.3%", "a 16 per cent jump in annual profits": the change of what rose or fell
  // ("cut 12% of its workforce" is a share of the workforce, and a change of nothing named stays as it was)
  const change = dimension === "percent" && !/^\s+of\b/.test(sentence.slice(end, end + 4)) ? percentChange(sentence, start, end) : undefined;
  if (change?.metric) {
    // a share price moves through the day: its rises and falls at different hours are bare figures
    [noun, thing] = change.metric !== "shares" ? [change.metric, `change:${change.metric}`] : [unit!, "percent"];
    if (change.down) [value, low, high] = [-value, -high, -low];
  }
  // "$31.50 per share", "1,850p for each share": a price per share, never the deal's price nor a profit
  if (dimension === "money" && (PER_SHARE_AFTER.test(sentence.slice(end, end + 40)) || PER_SHARE_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))) [noun, thing] = [noun === unit ? "price per share" : noun, `${thing}/share`];
  // "the stock price leapt from around $40 per share", "closed at $348.42 per share": the market's price
  // moves through the day; bare, it meets only a price with a word in common
  if (thing.endsWith("/share") && SHARE_PRICE_BEFORE.test(sentence.slice(Math.max(0, start - 80), start))) [noun, thing] = [unit!, "money:share price"];
  // "fourth-quarter revenue", "first-half sales": a quarter's or a half's figure is not the year's
  if (purpose || change?.metric) {
    const period = reportingPeriod(sentence, start, end);
    if (period) thing = `${thing}@${period}`;
  }
  // "the train was travelling at 120 km/h" is the train's speed; "the speed limit is 100 km/h" a limit
  if (dimension === "speed") [noun, thing] = speedOf(sentence, start, end, noun, thing);
  // "about 12% of its workforce" and "more than 40% of its orders" are shares of different wholes
  if (dimension === "percent" && np && !np.measure && !change?.metric) thing = `percent:${np.thing}`;
  // "its 44.2 per cent share of the vote" is the share of the vote, as "44.2% of the vote" is
  if (dimension === "percent" && np?.noun === "share" && SHARE_OF_VOTE_AFTER.test(sentence.slice(end, end + 50))) thing = "percent:vote";
  if (c.num.fraction && !dimension) thing = `share of ${thing}`;
  // "with the strongest measuring 4.4", "a magnitude 6 aftershock": an aftershock's magnitude is not the earthquake's
  if (thing === "magnitude" && ofAftershock(sentence, start, end)) thing = "magnitude:aftershock";
  // "handles about 900,000 containers a year", "3,000 visitors a day": a rate, no count of one happening
  const rate = !dimension && np ? RATE_AFTER.exec(sentence.slice(end, end + 60)) : null;
  if (rate) thing = `${thing}/${(rate[1] ?? rate[2]).toLowerCase().replace(/ly$/, "").replace(/^annual$/, "year").replace(/^dai$/, "day")}`;
  // "swapped 15 prisoners each", "two goals apiece": a count per side or per head, never a total
  if (!dimension && EACH_AFTER.test(sentence.slice(end, end + 50))) thing = `${thing}|each`;
  // "99 of the 150 seats": the whole is a total, not another count of what was won
  const whole = PART_OF_WHOLE.test(sentence.slice(Math.max(0, start - 40), start));
  // "an 80-seat assembly", "a 47-year-old woman": the figure describes the noun after it
  const attribute = np?.attributeOf;
  const population = !dimension && POPULATION.test(sentence.slice(Math.max(0, start - 40), start)) || /^\s*(?:people\s+|residents\s+|inhabitants\s+)?live\b/i.test(sentence.slice(end + (np ? 0 : 0)));
  // a reading of the weather is no toll, whatever the headline says of the dead
  // a reading of the weather or a depth is no toll and no damage, whatever the sentence says of the
  // dead or the collapsed: their verbs say nothing of what is measured
  const measured = dimension === "temperature" || dimension === "length" || dimension === "speed" || dimension === "area";
  // an area burned, flooded or grown to is the happening's extent; other verbs say nothing of an area
  const extent = dimension === "area" && (AREA_TAKEN_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)) || AREA_TAKEN_AFTER.test(sentence.slice(end, end + 60)));
  // "rose to £4.21bn from £3.96bn", "up from 17.2p", "(2024: £3,960m)": the earlier period's figure
  const previous = PREVIOUS_BEFORE.test(sentence.slice(Math.max(0, start - 100), start));
  // a figure the report gives as wrong or replaced is never compared (what it replaced it with is)
  const replaced = !previous && superseded(sentence, start, end);
  // "its snacks division lifted sales to £1.3bn": a part of the group, known by the division's name
  const division = dimension === "money" || dimension === "percent" ? DIVISION_BEFORE.exec(sentence.slice(Math.max(0, start - 100), start)) : null;
  if (division) {
    const name = division[1].toLowerCase();
    if (STOP_WORDS.has(name) || DETERMINERS.has(name)) [noun, thing] = [unit!, `${thing}|part`];
    else thing = `${thing}|${name} ${division[2].toLowerCase()}`;
  }
  const rainy = dimension === "length" && (RAIN.test(np?.noun ?? "") || RAIN.test(LENGTH_OF_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start))?.[1] ?? ""));
  const rainForecast = rainy && (FORECAST_NEAR.test(sentence.slice(Math.max(0, start - 60), start)) || FORECAST_AFTER.test(sentence.slice(end, end + 60)));
  // "Teluria freed 21 Drevanians", "freed 12 prisoners": prisoners and people of a nation freed are
  // released ("freed 12 miners" from a collapse were rescued: the verb alone says neither)
  const freedPrisoners = !!np && (np.proper.length > 0 && np.thing === "people" || np.thing === "prisoner" || np.thing === "hostage") && FREED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
  const needed = !dimension && (NEEDED_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) || NEEDED_AFTER.test(sentence.slice(end, end + 40)));
  const bodySize = !dimension ? BODY_SIZE_BEFORE.exec(sentence.slice(Math.max(0, start - 50), start)) : null;
  let role = replaced ? "superseded" : needed ? "needed" : bodySize ? `size of ${bodySize[1].toLowerCase()}` : freedPrisoners ? "released" : previous || rainForecast ? (previous ? "previous" : "forecast") : change?.metric && change.forecast ? "forecast" : whole ? "total" : attribute ? `size of ${attribute}` : population ? "population" : extent ? "extent" : measured ? DEFAULT_ROLE : np?.noun === "crowd" ? "attended" : roleOf(sentence, start, end, np?.noun);
  // "left 137 people dead and more than 180 more injured", "143 killed, with 107 more taken to
  // hospital": "more" borrows the people of the figure before, not what happened to them; a role
  // named after it is its own
  const more = borrow && (ROLE_WORDS.get(borrow.noun) === role || role === DEFAULT_ROLE) ? MORE_AFTER.exec(sentence.slice(end, end + 40)) : null;
  if (more) {
    const own = roleOf(sentence, start, end, undefined);
    // "107 more taken to hospital": a verb of its own, naming no role known here, leaves the role open
    if ((own !== DEFAULT_ROLE || more[1]) && own !== role) [role, noun] = [own, PEOPLE_THINGS.has(thing) ? "people" : noun];
  }
  // business reports set beside a result what was expected of it and what it would have been without
  // a one-off: neither is another report's version of the result (`businessRole`)
  const business = replaced ? undefined : businessRole(sentence, start, end);
  if (business) role = business;
  // "a loss of 200,000 subscribers", "a net loss of 700,000 customers": members lost, not the members
  // a company has (not a sum: "a loss of $310 million" is a loss of money)
  else if (!dimension && !replaced && LOSS_OF_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) role = "lost";
  // a party's seats are the seats it won, whatever the verb ("has 87 seats", "took 41 seats", "will
  // have 87 mandates"); a total, a size, a threshold or a previous figure keeps its own role
  if (thing === "seat" && role === DEFAULT_ROLE) role = "won";
  // a disease's cases are the people it infected: "412 cases", "infected 412 people", "sickened more than 400"
  if (role === "infected" && PEOPLE_THINGS.has(thing)) thing = "patient";
  else if (thing === "patient" && role === DEFAULT_ROLE && CASES.test(noun)) role = "infected";
  // "sickened 400 people and killed 23": the dead borrowed the people, not the infection
  else if (borrow && thing === "patient" && nounClass(noun) !== "patient") thing = nounClass(noun) ?? "people";
  // a crowd is counted as people, protesters, demonstrators, participants or citizens alike: "tens of
  // thousands of protesters marched" and "some 200,000 people rallied" are one count ("residents" who
  // gather are a place's own people, kept apart)
  if (role === "attended" && !dimension && (/^(?:protester|demonstrator|participant|marcher)$/.test(thing) || np?.noun === "citizens")) thing = "people";
  // a count of seats lost or gained ("a loss of 215 seats", "gained a net 63 seats") is a change, not a tally
  if (thing === "seat" && SEAT_CHANGE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) role = "change";
  // a forecast for a quarter or a half ("a loss of two million subscribers in the second quarter") is that period's
  if (business?.startsWith("forecast") && !purpose && !change?.metric && !thing.includes("@")) {
    const period = reportingPeriod(sentence, start, end);
    if (period) thing = `${thing}@${period}`;
  }
  // "with three seats left to declare": what is still to be done, never what was done nor who left
  if (LEFT_TO_DO.test(sentence.slice(end, end + 40))) role = "outstanding";
  // a court's sentence: the term either side asked for, the most the charges carry and the time a convict
  // may serve are other figures than the term imposed ("faced up to 110 years, but prosecutors had called
  // for 40 to 50"; "will probably serve 17 to 20 years")
  const term = (thing === "year" || thing === "month") && PRISON_WORDS.test(sentence) ? courtTerm(sentence, start, end) : undefined;
  if (term) role = term;
  // the most a charge carries is its figure: "up to 110 years" and "up to 115 years" are two maxima
  if (term === "maximum" && effect?.type === "upTo") effect = undefined;
  // what goods are worth is their value, whatever was done to them ("the street value of the seized cocaine")
  if (purpose === "value" || purpose === "wholesale") role = DEFAULT_ROLE;
  // a weight of goods that was found, hidden or seized is a seizure ("found 2.1 tonnes of cocaine in two
  // containers", "discovered 2,300 kilograms … concealed in containers carrying bananas")
  if (dimension === "mass" && (role === DEFAULT_ROLE || role === "aboard") && SEIZED_NEAR.test(sentence)) role = "captured";
  // "2,000 feet underground", "600m below ground", "120m down": how deep
  if (dimension === "length" && (thing === "length" || thing === unit) && DEPTH_AFTER.test(sentence.slice(end, end + 30))) [noun, thing] = ["depth", "depth"];
  // "24km north of the town": how far, in that direction; "a 56-kilometre stretch", "a route of 4
  // kilometres": the length of that thing. A length of nothing named stays a bare length.
  if (dimension === "length" && thing === "length") {
    const compass = COMPASS_AFTER.exec(sentence.slice(end, end + 30));
    const of = LENGTH_OF_BEFORE.exec(sentence.slice(Math.max(0, start - 30), start));
    const what = np && np.noun !== unit ? np.noun : of?.[1].toLowerCase();
    // "the tunnel is 3 km long", "the bridge will be 1.2 miles long": the subject's length
    const subject = !compass && (!what || NOT_A_LENGTH_OF.test(what)) && /^\s+(?:long|in\s+length)\b/i.test(sentence.slice(end, end + 12)) ? LENGTH_SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, start - 60), start)) : null;
    if (subject && !STOP_WORDS.has(subject[1].toLowerCase())) [noun, thing] = [subject[1].toLowerCase(), `length:${singular(subject[1].toLowerCase())}`];
    else if (compass) [noun, thing] = ["distance", `distance:${compass[1].toLowerCase().replace(/[\s-]/g, "")}`];
    else if (what && !NOT_A_LENGTH_OF.test(what) && !STOP_WORDS.has(what)) [noun, thing] = [what, `length:${singular(what)}`];
  }
  // "the epicentre was 240 miles from Orvin", "Kessel, 280 km southwest of Orvin": a distance between
  // two things, whatever the direction; only the same two ends ever meet
  let between: { located: string; reference: string } | undefined;
  if (dimension === "length" && (thing === "length" || thing === unit || thing.startsWith("distance:"))) {
    between = distanceBetween(sentence, start, end);
    if (between) [noun, thing] = ["distance", `distance:${between.located}~${between.reference}`];
  }
  // "300 mm of rain", "rainfall of 12 inches": rain that fell, in one day unless another span is said
  // ("520mm over three days" is another amount); rain still to come is a forecast
  if (rainy) {
    noun = "rain";
    const span = RAIN_SPAN.exec(sentence.slice(end, end + 80)) ?? RAIN_SPAN.exec(sentence.slice(Math.max(0, start - 60), start));
    const days = span ? spanDays(span[1], span[2]) : 1;
    thing = days === 1 ? "length:rain" : `length:rain@${days}d`;
  }
  // "22 people died on the spot, one succumbed on the way to hospital": those killed at the scene are a
  // part of the toll, compared only with the same part
  if (role === "killed" && AT_THE_SCENE.test(sentence.slice(end, end + 70))) role = "killed at the scene";
  // "rescue workers", "emergency workers": the class of those who come to help
  if (np && thing === "worker" && np.modifiers.some((m) => /^(?:rescue|emergency|relief|search)$/i.test(m))) thing = "responder";
  // "150 rescue workers drilled around the clock", "200 rescuers took part in the operation": responders
  // at work on the happening are those deployed to it, the role a bare count of them has
  if (thing === "responder" && (role === DEFAULT_ROLE || role === "attended") && RESPONDERS_AT_WORK.test(sentence.slice(end, end + 60))) role = "present";
  // Residents are the people of a place: evacuated, rescued or living there, they are the count other
  // reports give as "people". Not when another count is added to them ("1,000 residents and 300 tourists").
  if (thing === "civilian" && np && PEOPLE_OF_A_PLACE.test(np.noun) && WHOLE_OF_A_PLACE.has(role) && !addedTo(sentence, start, end)) thing = "people";
  // a prison term is the convict's: "Elizabeth Holmes was sentenced to over 11 years", "sentenced Sam
  // Bankman-Fried to 25 years", "Bernie Madoff received a 150-year sentence"
  const owner = (thing === "year" || thing === "month") && PRISON_WORDS.test(sentence) && !term ? convictOf(sentence.slice(Math.max(0, start - 100), start)) ?? ownerOf(sentence.slice(Math.max(0, start - 100), start), sentence, start) : ownerOf(sentence.slice(Math.max(0, start - 100), start), sentence, start, thing === "seat");
  // "Twelve of the injured were in a serious condition": a part of the injured, with something more said
  // of it; the group's own noun names its role, so the part would pass for the whole
  // ("Two of the Telurians freed": a part of those of a nation counted before)
  // "Among the Drevanians freed were 17 soldiers and four civilians": parts of a group counted before
  const partitive = !whole && !!np && !np.measure && (AMONG_WERE.test(sentence.slice(0, start)) || OF_THE_WHOLE.test(sentence.slice(Math.max(0, start - 100), start))) || !whole && !!np && !np.measure && (ROLE_WORDS.has(np.noun) || PEOPLE_OF_A_NATION.test(np.noun.replace(/^./, (x) => x.toUpperCase())) || OF_THE_ROLE.test(sentence.slice(c.end, c.end + 30))) && /^\s+of\s+(?:the|those|these)\s+\p{L}/iu.test(sentence.slice(c.end, c.end + 20));
  const partOfPrevious = /\b(?:including|among them|of whom|of which|among whom)\s+(?:some\s+|about\s+|around\s+)?$/i.test(sentence.slice(0, start));
  // "18,000 of them": the noun is the last figure's, which the article knows (`analyzeDocument`)
  const ofThem = !dimension && /^\s+of\s+them\b/i.test(sentence.slice(c.end, c.end + 12));
  if (ofThem) [noun, thing] = ["them", "them"];
  return {
    ...(ofThem ? { ofThem } : {}),
    start,
    end,
    text: sentence.slice(start, end),
    value,
    low,
    high,
    qualifier,
    effect,
    vague: c.num.vague,
    factor,
    offset,
    digits: sentence.slice(c.start, c.end),
    unit,
    dimension,
    noun,
    thing,
    modifiers: np?.modifiers ?? [],
    properModifiers: np?.proper ?? [],
    role,
    anaphoric: np?.anaphoric ?? false,
    partOfPrevious,
    partitive,
    fraction: c.num.fraction,
    owner,
    ...(between ? { reference: between.reference } : {}),
  };
}

/** After a distance: the place it is measured from ("from Orvin", "southwest of the capital, Orvin", "off the coast of Dunvare"). */
const REFERENCE_AFTER = new RegExp(
  String.raw`^\s*(?:\([^)]{0,40}\)\s*)?(?:away\s+)?(?:(?:to\s+the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ward)?\s+of|from|outside(?:\s+of)?|off\s+the\s+coast\s+of|off)\s+(?:the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:[\p{Ll}-]+(?:\s+of|,)\s+))?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})`,
  "u",
);
/** What a report places by its distance from somewhere: the quake's centre, a crash, a fire. */
const LOCATED: [RegExp, string][] = [
  [/\b(?:epicent(?:re|er)s?|earthquakes?|quakes?|tremors?|temblors?|cent(?:red|ered))\b/i, "epicentre"],
  [/\b(?:crash(?:\s+site)?|wreckage|went\s+down|came\s+down|crashed)\b/i, "crash"],
  [/\b(?:fires?|blazes?|wildfires?|bushfires?)\b/i, "fire"],
  [/\b(?:explosions?|blasts?)\b/i, "blast"],
  [/\b(?:sank|capsized|ran\s+aground|shipwreck)\b/i, "sinking"],
];
/** "Kessel, 240 miles from", "Kessel is 280 km from", "the town of Kessel, which lies about 380 km from": the place placed. */
const PLACE_LOCATED_BEFORE = /(\p{Lu}\p{Ll}[\p{L}’'-]*)(?:,\s+(?:(?:which|that)\s+)?(?:(?:is|lies|sits|was)\s+)?|\s+(?:is|lies|sits|was)\s+)(?:(?:located|situated|some|about|around|roughly|nearly|approximately|just|only)\s+)*$/u;

const CALENDAR_WORD = new RegExp(String.raw`^(?:${MONTHS}|${WEEKDAYS})`, "i");
/**
 * The two ends of a distance: what is placed (a happening's site by its word, or a place named right
 * before the figure) and the place it is measured from (a name after "from", "of"). Either missing,
 * none: a distance from an unnamed place or of an unnamed thing meets nothing new.
 */
function distanceBetween(sentence: string, start: number, end: number): { located: string; reference: string } | undefined {
  const ref = REFERENCE_AFTER.exec(sentence.slice(end, end + 80));
  if (!ref) return undefined;
  const reference = nameKey(ref[1]);
  const head = sentence.slice(Math.max(0, start - 120), start);
  // the clause of the figure only: a semicolon or a sentence of its own starts another
  const clause = head.slice(head.search(/[^;]*$/));
  const place = PLACE_LOCATED_BEFORE.exec(clause);
  let located: string | undefined;
  if (place && !STOP_WORDS.has(place[1].toLowerCase()) && !/^(?:The|A|An|It|This|That)$/.test(place[1]) && !CALENDAR_WORD.test(place[1])) located = `place:${nameKey(place[1])}`;
  else for (const [re, key] of LOCATED) if (re.test(clause)) { located = key; break; }
  if (!located || located === `place:${reference}`) return undefined;
  return { located, reference };
}

const RATE_AFTER = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:(?:a|per|each|every)\s+(year|month|week|day|hour)\b|(annually|yearly|daily|monthly|weekly|hourly)\b)/iu;
const SEIZED_NEAR = /\b(?:found|discovered|uncovered|seized|seizure|confiscated|intercepted|hidden|concealed|stashed|haul)\b/i;
const SHARE_OF_VOTE_AFTER = /^\s*share\s+of\s+the\s+(?:popular\s+|national\s+|total\s+|valid\s+)?votes?\b/i;
/** "76 seats needed for a majority", "a party needs 76 seats", "the 76 required to govern": a threshold, no count. */
const NEEDED_BEFORE = /\b(?:needs?|needed|needing|requires?|required|requiring)\s+(?:(?:at\s+least|a\s+minimum\s+of|the)\s+)?$/i;
const NEEDED_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:(?:is|are|was|were)\s+)?(?:needed|required|necessary)\b/iu;
/** "Kestavia's parliament has 150 seats", "an assembly of 80 seats": the size of the body, no count of what was won. */
const BODY_SIZE_BEFORE = /\b(parliament|legislature|assembly|chamber|senate|congress|council)\s+(?:has|had|have|of|with)\s+(?:a\s+total\s+of\s+)?$/i;

/** "99 of the 150 seats", "six of its eight carriages": the figure after "of" is the whole. */
const SMALL_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens|hundreds";
// ("120 or so of the 650 seats": a qualifier may follow the part)
const PART_OF_WHOLE = new RegExp(String.raw`\b(?:\d[\d,.]*|${SMALL_NUMBER})(?:\s+or\s+(?:so|more|fewer|less))?\s+of\s+(?:(?:the|a|an|its|their|his|her|our|those|these)\s+)?$`, "i");
const NUMBER_WORD = new RegExp(String.raw`^(?:\d[\d,.]*|${SMALL_NUMBER})$`, "i");

/** A change verb then "from" before the figure ("rose to £4.21bn from", "up from"), or a year's comparative in brackets ("(2024: "). */
// "earnings per share (EPS) of $2.89", "diluted EPS of 98 cents": a sum per share
const PER_SHARE_BEFORE = /\b(?:per\s+share|EPS)\b(?:\s*\([^()]{0,12}\))?\s+(?:of|was|were|came\s+in\s+at|at|rose\s+to|fell\s+to)\s+(?:about\s+|around\s+)?(?:US\$|\$|€|£|¥|₹)?\s*$/i;
const LOSS_OF_BEFORE = /\b(?:a|the|its|their|net)\s+(?:net\s+|global\s+|quarterly\s+)?loss\s+of\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+)?$/i;
const SHARE_PRICE_BEFORE = /(?:\b(?:stock|share)\s+prices?\b|\b(?:shares|stock)\b[^.;]{0,40}\b(?:traded|trading|trades|closed|closing|finished|opened|ended)\b|\b(?:traded|trading|closed|closing|finished|opened)\s+(?:at|above|below|near|around))[^.;]*$/i;
const PER_SHARE_AFTER = /^\s*(?:in\s+cash\s+)?(?:per|a|for\s+(?:every|each)|each)\s+(?:(?:ordinary|common|class\s+\w)\s+)?(?:share|ADS|ADR)\b/i;
// "expected to add 1.8 million", "missed estimates of $4.3 billion", "a consensus forecast of £790m",
// "projecting a loss of two million": the cue and the figure in one clause, no conjunction between
const FORECAST_CUE_BEFORE = /\b(?:expect(?:s|ed|ing)?|expectations?|project(?:s|ed|ing)|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|predictions?|anticipat(?:e|es|ed|ing)|guidance|outlook)\b((?:[^,;:.!?()]|\([^()]{0,20}\)){0,60})$/i;
const ESTIMATE_CUE_BEFORE = /\b(?:analysts?['’]?|consensus|market|Street|average|mean|beat|beating|beats|missed|missing|misses|topped|topping|above|below|survey(?:ed)?|economists?['’]?)\s+(?:\w+\s+)?estimates?\b([^,;:.!?()]{0,40})$/i;
const PASSIVE_EXPECTED = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?(?:expected|forecast|projected|predicted|anticipated)\s+to\b[^,;:.!?()]{0,60}$/i;
const NOT_A_FORECAST_BEFORE = /(?:\bthan|\bas|\bun|-than-)\s*$/i;
const CLAUSE_OPENER = /\b(?:but|while|when|after|before|because|since|which|who|although|though|than|instead|actually|reported|posted|said|says)\b/i;
// "1.2 million additions expected by analysts", "98 cents expected"
const FORECAST_AFTER_FIGURE = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:expected|forecast|estimated|predicted|projected)\b/iu;
const VERSUS_BEFORE = /\b(?:vs\.?|versus)\s*(?:US\$|\$|€|£|¥|₹)?\s*$/i;
const EXPECTATION_WORDS = /\b(?:expected|expectations?|estimates?|consensus|survey|forecasts?|analysts)\b/i;
const ANALYSTS = /\b(?:analysts?|consensus|Street|economists?|survey|polled|market\s+(?:estimate|expectation)s?|estimates?)\b/i;
// "would have totalled 500,000", "could have employed 3,000", "would've barred … more than 14.9 percent"
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might)(?:\s+not)?\s+have\b[^,;:.!?()]{0,60}$|\b(?:would|could|might)['’]ve\b[^,;:.!?()]{0,60}$/i;
// "the previous record fine of €650 million", "the previous record of"
const PREVIOUS_RECORD_BEFORE = /\b(?:previous|prior|former|old|earlier)\s+(?:\w+\s+)?record(?:\s+\w+){0,2}?\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?(?:US\$|\$|€|£|¥|₹)?\s*$/i;
// "takes total penalties against the company above €2 billion", "brings the total … to €2.1 billion"
const RUNNING_TOTAL_BEFORE = /\b(?:tak(?:e|es|ing)|took|bring(?:s|ing)?|brought|push(?:es|ed|ing)?|lift(?:s|ed|ing)?|rais(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:running\s+|overall\s+|cumulative\s+|combined\s+)?(?:total|tally)\b[^;:.!?()]{0,60}$/i;

/**
 * The role a business report gives a figure it sets beside a result: `hypothetical` for what would
 * have been, `forecast` (the company's or an unnamed forecaster's) and `forecast:analysts` for what
 * was expected, `previous` for a record beaten, `total` for a running total a sum adds to.
 */
function businessRole(sentence: string, start: number, end: number): string | undefined {
  const back = sentence.slice(Math.max(0, start - 100), start);
  if (HYPOTHETICAL_BEFORE.test(back)) return "hypothetical";
  if (PREVIOUS_RECORD_BEFORE.test(back)) return "previous";
  if (RUNNING_TOTAL_BEFORE.test(back)) return "total";
  // "the recall is expected to cost $310 million": how a report gives a cost still to come, no
  // forecast set beside a result (an active forecaster, "it expected to add", "analysts expect", is)
  const cue = PASSIVE_EXPECTED.test(back) ? null : FORECAST_CUE_BEFORE.exec(back) ?? ESTIMATE_CUE_BEFORE.exec(back);
  const cued = !!cue && !CLAUSE_OPENER.test(cue[1]) && !NOT_A_FORECAST_BEFORE.test(back.slice(0, cue.index));
  const after = !cued && FORECAST_AFTER_FIGURE.test(sentence.slice(end, end + 40)) && !/^\s*(?:[\p{L}-]+\s+){0,2}?(?:expected|forecast|estimated|predicted|projected)\s+(?:to\s+)?(?:rise|climb|grow|increase|fall|drop|decline)/iu.test(sentence.slice(end, end + 60));
  const versus = !cued && !after && VERSUS_BEFORE.test(back) && EXPECTATION_WORDS.test(sentence.slice(end));
  if (!cued && !after && !versus) return undefined;
  // who expected it: analysts' and economists' consensus is not the company's own guidance
  const who = cued ? back.slice(Math.max(0, cue!.index - 40)) : sentence;
  return ANALYSTS.test(who) ? "forecast:analysts" : "forecast";
}
const PREVIOUS_BEFORE = /(?:\b(?:rose|risen|rising|climbed|increased|grew|jumped|gained|up|fell|fallen|dropped|declined|decreased|slipped|down|lifted|cut|widened|narrowed|improved)\b[^;,]{0,60}?(?:,\s*)?\bfrom|\bcompared\s+(?:with|to)|\(\s*(?:FY\s*)?(?:19|20)\d\d(?:\/\d\d)?\s*:)\s*(?:about\s+|around\s+|some\s+)?(?:US\$|\$|€|£|¥|₹)?\s*$/i;
/** "its snacks division", "the retail arm", "Snacks division revenue": the figures of a part of a group. */
// A figure the report itself gives as wrong or replaced: "after it was incorrectly reported that 174
// were killed", "Earlier, the agency announced that 174 were killed", "the toll was 125, not 174", "officials
// said 174 had died, but this number was later lowered", "revised from 174"
const SUPERSEDED_BEFORE = /(?:\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:been\s+)?(?:reported|said|stated|given|announced|put)\b[^.;]*|\d[\d,.]*\s*,?\s+not\s+|\b(?:revised|lowered|corrected|reduced|cut|downgraded|raised|upgraded|updated)\s+(?:(?:down|downward|downwards|up|upward|upwards)\s+)?from\s+(?:an?\s+(?:earlier|initial|previous)\s+(?:toll|figure|count)\s+of\s+)?)(?:about\s+|around\s+|some\s+|more\s+than\s+)?$/i;
const SUPERSEDED_OPENER = /^\W*(?:Earlier|Initially|At\s+first|At\s+one\s+point|Previously|Originally),\s+[^.;]*?\b(?:said|announced|reported|put|gave|stated|had)\b[^.;]*(?:about\s+|around\s+|some\s+|more\s+than\s+)?$/i;
const SUPERSEDED_AFTER = /^[^.;]{0,80}?\bbut\s+(?:this|that|the|the\s+(?:toll|figure|number|count))\s*(?:number|figure|toll|count|tally)?\s+(?:was|has\s+been|had\s+been|were)\s+(?:later\s+|since\s+|subsequently\s+)?(?:lowered|revised|corrected|reduced|cut|downgraded|raised|updated|changed|withdrawn)\b/i;
function superseded(sentence: string, start: number, end: number): boolean {
  // (windows, not the whole sentence: a long sentence of many figures stays linear)
  return SUPERSEDED_BEFORE.test(sentence.slice(Math.max(0, start - 200), start)) || (start <= 300 && SUPERSEDED_OPENER.test(sentence.slice(0, start))) || SUPERSEDED_AFTER.test(sentence.slice(end, end + 140));
}
const DIVISION_BEFORE = /\b([\p{L}-]+)\s+(division|unit|arm|segment|subsidiary)\b[^.;]*$/iu;

const WIND_BEFORE = /\b(gusts?|(?:sustained\s+)?winds?(?:\s+speeds?)?)\b[^,;.()\d]{0,32}$/i;
const WIND_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:sustained\s+)?(winds?|gusts?)\b/i;
/** Words of what is still to come: a forecast, an expectation, a warning of more. */
const FORECAST_NEAR = /\b(?:forecast|forecasts|expected|predicted|likely|could|may|might|will|would|another|a\s+further|weaken(?:ing|ed)?|eas(?:e|ing)\s+to|drop(?:ping)?\s+to|fall(?:ing)?\s+to)\b/i;
const WEAKENED_BEFORE = /\b(?:weaken(?:ed|ing|s)?|diminish(?:ed|ing|es)?|downgraded|(?:dropped|dropping|fell|fallen|falling|eased|easing|slowed|slowing|decreased|declined|subsided)\s+to)\b[^.;:]*$/i;
const FORECAST_AFTER = /^[^;.]{0,40}?\b(?:(?:is|are|was|were)\s+(?:expected|forecast|predicted|likely)|could|may|might|will|would|likely)\b/i;
const RAIN = /^(?:rain|rainfall|rains|precipitation|snow|snowfall)$/i;
const RAIN_SPAN = /\b(?:in|over|during|within)\s+(?:the\s+(?:past|last|previous|next)\s+|a\s+single\s+|a\s+|one\s+)?(\d+|two|three|four|five|six|seven|ten|twelve|\d+)?\s*(hours?|days?|weeks?|months?)\b/i;
const SPAN_NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10, twelve: 12 };
/** Days in "24 hours", "three days", "a week": a day's rain and a week's are two amounts. */
function spanDays(n: string | undefined, unit: string): number {
  const k = n ? (SPAN_NUMBER[n.toLowerCase()] ?? Number(n)) : 1;
  const u = unit.toLowerCase().replace(/s$/, "");
  return u === "hour" ? Math.max(1, Math.round(k / 24)) : u === "day" ? k : u === "week" ? 7 * k : 30 * k;
}

const SPEED_LIMIT_BEFORE = /\b(?:speed\s+limit|limit|limited|permitted|maximum|allowed)\b[^,;.()\d]*$/i;
const SPEED_LIMIT_AFTER = /^\s*(?:speed\s+)?(?:limit|zone|restriction)\b/i;
const MOTION_BEFORE = /\b(?:travell?ing|going|running|moving|driving|speeding|doing|flying|cruising|sailing|hurtling|racing)\s+(?:at\s+)?(?:a\s+speed\s+of\s+|speeds?\s+of\s+)?$/i;
const MOVER = /\b(?:(second|other|oncoming|freight|goods|cargo)\s+)?(train|tram|car|bus|coach|lorry|truck|van|motorcycle|vehicle|plane|aircraft|jet|helicopter|ship|vessel|ferry|boat)s?\b/gi;

/**
 * What a speed measures: a limit ("the speed limit is 100 km/h", "limited to 100km/h", "the permitted
 * speed of", "a 50 km/h zone"), which keeps the bare unit as its noun and so meets no other figure
 * without a shared word; or how fast a vehicle went ("the train was travelling at about 120 km/h"),
 * named by the vehicle the clause speaks of. Anything else (a wind, a bare "at 120 km/h") stays bare.
 */
function speedOf(sentence: string, start: number, end: number, noun: string, thing: string): [string, string] {
  const before = sentence.slice(Math.max(0, start - 120), start);
  // "maximum sustained winds of 185 km/h", "115mph winds", "gusts of up to 240 km/h": the wind's speed,
  // sustained or in gusts; a wind forecast to drop or expected later stays a bare speed
  const windBefore = WIND_BEFORE.exec(before.slice(-60));
  const wind = windBefore ?? WIND_AFTER.exec(sentence.slice(end, end + 20));
  if (wind) {
    if (FORECAST_NEAR.test(windBefore?.[0] ?? "") || FORECAST_AFTER.test(sentence.slice(end, end + 40))) return [noun, thing];
    // "had weakened to a tropical storm with winds of 70 mph", "its winds diminished to 90 mph": the
    // storm's wind at a later hour than the landfall's or the peak's, which reports give beside it
    if (WEAKENED_BEFORE.test(before.slice(-100))) return [noun, thing];
    return /gust/i.test(wind[1]) ? ["gusts", "speed:gust"] : ["winds", "speed:wind"];
  }
  if (SPEED_LIMIT_BEFORE.test(before.slice(-50)) || SPEED_LIMIT_AFTER.test(sentence.slice(end, end + 20))) return [noun === "speed" ? "speed limit" : noun, "speed limit"];
  const motion = MOTION_BEFORE.exec(before);
  if (!motion) return [noun, thing];
  let mover: string | undefined;
  // "the freight train", "the oncoming train": another vehicle than the one the report is about
  for (const m of before.slice(0, motion.index).matchAll(MOVER)) mover = (m[1] ? `${m[1]} ${m[2]}` : m[2]).toLowerCase();
  return mover ? ["speed", `speed of ${mover}`] : [noun, thing];
}

const SHOCK = /\b(?:aftershocks?|foreshocks?)\b/gi;
const SHOCK_AFTER = /^(?:\s*-?\s*magnitudes?)?\s+(?:(?:strong|powerful|major|minor|moderate|large|small)\s+)?(?:aftershocks?|foreshocks?)\b/i;
const MAIN_SHOCK = /\b(?:earthquakes?|quakes?|tremors?|temblors?|main\s*shock)\b/i;
const STRONGEST = /\b(?:strongest|largest|biggest|most\s+powerful|ranging|measuring)\b/i;

/**
 * A magnitude said of aftershocks (or foreshocks): named right after the figure, or named before it with
 * no earthquake between and no comma unless the words go on about them ("…, with the strongest measuring").
 */
function ofAftershock(sentence: string, start: number, end: number): boolean {
  if (SHOCK_AFTER.test(sentence.slice(end, end + 40))) return true;
  const behind = sentence.slice(0, start);
  let last = -1;
  for (const m of behind.matchAll(SHOCK)) last = m.index! + m[0].length;
  if (last < 0) return false;
  const between = behind.slice(last);
  return !MAIN_SHOCK.test(between) && (!between.includes(",") || STRONGEST.test(between));
}

/** Roles in which residents count as people: those of deaths and injuries are often split by who the victims were. */
const WHOLE_OF_A_PLACE = new Set(["displaced", "sheltered", "rescued", "population"]);
const COUNT = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)`;
const ADDED_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}’'-]+\s+){1,3}?(?:and|plus|as well as)\s+(?:(?:some|about|around|nearly|almost|another|more than|over)\s+)?${COUNT}\b`, "iu");
const ADDED_BEFORE = new RegExp(String.raw`\b${COUNT}\s+(?:[\p{L}’'-]+\s+){1,3}(?:and|plus|as well as|,)\s+$`, "iu");

/** "1,000 residents and 300 tourists", "2,000 tourists and 500 residents": one term of a sum. */
function addedTo(sentence: string, start: number, end: number): boolean {
  return ADDED_AFTER.test(sentence.slice(end, end + 60)) || ADDED_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}

const PRISON_WORDS = /\b(?:prison|jail|gaol|sentenc\w*|imprison\w*|behind\s+bars|term|custod\w*|guidelines|charges?|counts?)\b/i;
const SEAT_CHANGE_BEFORE = /\b(?:loss|losses|gain|gains|net|increase|decrease|drop|fall|swing)\s+(?:of\s+)?(?:(?:some|about|around|nearly|almost|more\s+than|over)\s+)?$/i;
const LEFT_TO_WORDS = /\b(?:left|remaining)\s+to\s+(?:be\s+)?\p{L}+/giu;
const LEFT_TO_DO = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:left|remaining|still)\s+to\s+(?:be\s+)?\p{L}+/iu;
// asked for by one side: "prosecutors had called for …", "the defence's plea for a five-year term"
const SOUGHT_TERM = /\b(?:call(?:ed|s|ing)?\s+for|ask(?:ed|s|ing)?\s+for|sought|seek(?:s|ing)?|request(?:ed|s|ing)?|requests?\s+for|plea\s+for|argu(?:ed|es|ing)\s+for|push(?:ed|es|ing)?\s+for|recommend(?:ed|s|ing)?|recommendation\s+(?:of|for)|demand(?:ed|s|ing)?|urg(?:ed|es|ing))\b/i;
const PROSECUTION = /\b(?:prosecut\w*|the\s+state|the\s+government|the\s+crown)\b/gi;
const DEFENCE = /\b(?:defen[cs]e|(?:his|her|their|[’']s)\s+(?:lawyers?|attorneys?|counsel|legal\s+team))\b/gi;
// the most the charges carry: "faced up to 110 years", "carried a potential sentence of", "a maximum sentence of"
const MAXIMUM_TERM = /(?:\b(?:fac(?:ed|es|ing|e)|carr(?:ied|ies|y|ying)|could\s+(?:have\s+)?(?:faced?|got|gotten|received?|been\s+(?:sentenced|jailed)))|\bmaximum|\bpotential)\s+(?:[\p{L}’'-]+\s+){0,5}?$/iu;
const MAXIMUM_AFTER = /^\s*(?:years?|months?)?\s*(?:in\s+(?:prison|jail)\s+)?(?:that\s+|which\s+)?(?:he|she|they|\p{Lu}[\p{L}’'-]*)\s+(?:could|would|might)\s+have\s+(?:faced|received|got|gotten)\b/u;
const EXPECTED_SERVE = /\b(?:probably|likely\s+to|could|may|might|expected\s+to|would|set\s+to)\s+(?:only\s+|actually\s+|still\s+)?serve\s+(?:(?:about|around|roughly|some|between)\s+)?$/i;

const PERSON = String.raw`(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)`;
const CONVICT_PASSIVE = new RegExp(String.raw`${PERSON}(?:,[^,]{1,60},)?\s+(?:was|is|has\s+been|had\s+been|were)\s+(?:also\s+)?(?:sentenced|jailed|imprisoned|given|handed)\s+(?:[\p{L}]+\s+){0,3}?(?:to|for)?\s*(?:a\s+|an\s+)?$`, "u");
const CONVICT_RECEIVED = new RegExp(String.raw`${PERSON}(?:,[^,]{1,60},)?\s+(?:received|receives|got|gets|drew|draws|was\s+given|was\s+handed|served|serves|is\s+serving|was\s+serving)\s+(?:a\s+|an\s+)?$`, "u");
const CONVICT_OBJECT = new RegExp(String.raw`\b(?:sentenced|jailed|imprisoned|gave|handed)\s+${PERSON}\s+(?:to|for)\s+(?:a\s+|an\s+)?$`, "u");

const TRAILING_DAY = new RegExp(`\\s+(?:${WEEKDAYS}|${MONTHS})$`, "i");

/** The person whose prison term a figure is, when a name is its subject or the object of "sentenced". */
function convictOf(before: string): string | undefined {
  for (const re of [CONVICT_OBJECT, CONVICT_PASSIVE, CONVICT_RECEIVED]) {
    const name = re.exec(before)?.[1].replace(/^(?:The|A|An|Judge|Justice)\s+/, "").replace(TRAILING_DAY, "");
    // "sentenced Thursday to": a day is when, not who
    if (name && !STOP_WORDS.has(name.toLowerCase()) && !CALENDAR_NAME.test(name)) return name;
  }
  return undefined;
}

/** The role of a number of years in a sentence about a court's sentence, when it is not the term imposed. */
function courtTerm(sentence: string, start: number, end: number): string | undefined {
  // the words of this figure's clause before it: from the last figure, semicolon or clause joined after a comma
  let before = sentence.slice(Math.max(0, start - 120), start);
  const lastFigure = before.search(/\d[^\d]*$/);
  if (lastFigure >= 0) before = before.slice(lastFigure + 1);
  const join = [...before.matchAll(/[;:]|,\s+(?:but|while|whereas|and)\s+/g)].pop();
  if (join) before = before.slice(join.index! + join[0].length);
  if (EXPECTED_SERVE.test(before)) return "expected to serve";
  const sought = [...before.matchAll(new RegExp(SOUGHT_TERM.source, "gi"))].pop();
  if (sought) {
    // the side named nearest before the request, or within the request's clause
    const upTo = before.slice(0, sought.index! + sought[0].length);
    const p = [...upTo.matchAll(PROSECUTION)].pop()?.index ?? -1;
    const d = [...upTo.matchAll(DEFENCE)].pop()?.index ?? -1;
    return p < 0 && d < 0 ? "sought" : p > d ? "sought by prosecution" : "sought by defence";
  }
  if (/\bsentenc(?:ed|es|ing)\s+(?:\p{L}+\s+){0,4}?to\s+(?:up\s+to\s+)?$/iu.test(before)) return undefined;
  if (MAXIMUM_TERM.test(before) || MAXIMUM_AFTER.test(sentence.slice(end, end + 60))) return "maximum";
  return undefined;
}

// "the Socialists took 122 seats", "Russia captured two soldiers": a name as the subject of the verb
// ("Labour currently have 412 seats": an adverb of time may stand before the verb)
const OWNER = /(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*)*)(?:[’']s)?\s+(?:(?:currently|now|still|already)\s+)?(?:has\s+|have\s+|had\s+|reportedly\s+|also\s+)?(\p{Ll}+)\s+$/u;
const NOT_OWNER_VERB = new RegExp(`^(?:${REPORTING_VERBS}|is|are|was|were|of|and|or|with|than|to)$`, "i");

const CALENDAR_NAME = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, "i");

const NAME = String.raw`(\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*)*)`;
// "The Reform Alliance, a centre-left grouping, finished second with 41 seats", "the Alliance keeps its
// 41 seats": the name is the subject of a verb whose object the figure ends
const OWNER_WITH = new RegExp(String.raw`${NAME}(?:,\s+[^,;]{1,60},)?\s+(?:has\s+|have\s+|had\s+|also\s+)?(\p{Ll}+)(?:\s+(?:in\s+)?(?:first|second|third|fourth|fifth|last))?\s+(?:with|its|their)\s+$`, "u");
// "the Unity Party received 1,682,417 votes and will have 87 mandates": one subject, two verbs
const OWNER_AND = new RegExp(String.raw`${NAME}\s+(?:has\s+|have\s+|had\s+|also\s+)?(\p{Ll}+)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,50}?\s+and\s+(?:will\s+|would\s+|also\s+)?(\p{Ll}+)\s+$`, "u");
// "the Agrarian Union received 9 mandates, the Party of the Regions 7 and the Green Movement 6": the verb left out
const OWNER_LISTED = new RegExp(String.raw`(?:,|\band)\s+(?:the\s+)?${NAME}\s+$`, "u");
// "The Unity Party has won a third term, taking 87 seats": the sentence's subject took them
// ("…, securing only 131 seats": a word of how few or how many may stand between)
const TAKING = /,\s+(?:taking|winning|securing|gaining|capturing)\s+(?:(?:only|just|a\s+mere|merely|some|nearly|almost)\s+)?$/i;
// ("The Conservative Union, under the prime minister, suffered a defeat, securing …": past an apposition)
const SENTENCE_SUBJECT = new RegExp(String.raw`^\s*(?:In\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*,?\s+)?(?:[Tt]he\s+)?${NAME}(?:,\s+[^,;]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?\p{Ll}+`, "u");
/** "The party won 84 seats", "the governing party received": the party the article named last (`analyzeDocument`). */
const THE_PARTY = /\b(?:the|The)\s+(?:(?:governing|ruling|main|largest|biggest|winning)\s+)?party(?:[’']s)?\s+(?:has\s+|have\s+|had\s+|also\s+)?(\p{Ll}+)\s+$/u;
export const PARTY_ANAPHOR = "@party";

/** Who did what the figure counts, when a name is the subject of the verb just before it. */
function ownerOf(before: string, sentence = "", start = 0, seats = false): string | undefined {
  const own = ownerName(before);
  if (own) return own;
  const w = OWNER_WITH.exec(before) ?? OWNER_AND.exec(before);
  // "an outbreak in the West African nation of Belmora has sickened 400 and killed 23": a name inside
  // a phrase of place is no subject
  // ("Flooding in the region has injured 40 and killed 12": nor is a word followed by a preposition)
  if (w && (IN_PHRASE.test(before.slice(0, w.index)) || PREPOSITION.test(w[2]))) return undefined;
  if (w && !NOT_OWNER_VERB.test(w[2]) && !(w[3] && (NOT_OWNER_VERB.test(w[3]) || PREPOSITION.test(w[3])))) return ownerName(`${w[1]} ${w[2]} `);
  // "The Liberal League are set to be the third biggest party, with at least 71 seats": the subject's seats
  if (TAKING.test(before) || (seats && /,\s+with\s+$/i.test(before))) {
    const subject = SENTENCE_SUBJECT.exec(sentence.slice(0, start));
    if (subject) return ownerName(`${subject[1]} won `);
  }
  const listed = OWNER_LISTED.exec(before);
  if (listed && /\b(?:won|took|received|obtained|secured|gained|got|has|have|had|holds?|with)\b/.test(sentence.slice(0, start))) return ownerName(`${listed[1]} won `);
  const party = THE_PARTY.exec(before);
  if (party && !NOT_OWNER_VERB.test(party[1])) return PARTY_ANAPHOR;
  return undefined;
}

const PREPOSITION = /^(?:at|in|on|for|by|from|into|across|within|after|before)$/;
const IN_PHRASE = /\b(?:in|at|from|near|across|into|inside|outside|throughout|(?:nation|country|state|province|region|city|town|village|island|district|county|republic|kingdom)\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i;

function ownerName(before: string): string | undefined {
  const m = OWNER.exec(before);
  if (!m || NOT_OWNER_VERB.test(m[2]) || IN_PHRASE.test(before.slice(0, m.index))) return undefined;
  const name = m[1].replace(/^(?:The|A|An)\s+/, "");
  // "Rescuers on Thursday freed 12 miners": a day or a month is when, not who
  return STOP_WORDS.has(name.toLowerCase()) || CALENDAR_NAME.test(name) ? undefined : name;
}

// "a town of some 37,000 people", "home to 90,000", "a population of 12,000"
const POPULATION = /\b(?:(?:town|city|village|municipality|district|region|island|country|nation|community|settlement|suburb|port)\s+of|home\s+to|population\s+(?:of|is|was|stands\s+at|stood\s+at)|populated\s+by|inhabited\s+by)\s+(?:\S+\s+)?$/i;

interface NounPhrase {
  /** A measure named before the figure ("turnout", "magnitude"): it says what a bare unit does not. */
  measure?: boolean;
  /** The noun the figure describes when it is a hyphenated adjective ("80-seat assembly" → "assembly"). */
  attributeOf?: string;
  noun: string;
  thing: string;
  modifiers: string[];
  proper: string[];
  anaphoric: boolean;
}

const CROWD_BEFORE =
  /\b(?:(?:crowds?|turnout|attendance)(?:\s+(?:in|at|outside)\s+(?:[\p{L}’'-]+\s+){1,3}?)?\s+(?:of|at|was\s+estimated\s+at|estimated\s+at|numbering|numbered|put\s+at|swelled\s+to|grew\s+to|reached)|(?:put|estimated|placed|gave)\s+the\s+(?:crowd|turnout|attendance)(?:\s+(?:in|at|outside)\s+(?:[\p{L}’'-]+\s+){1,3}?)?\s+at)\s+$/iu;
// A measure named before its figure: "a magnitude 5.6 earthquake", "turnout reached 34 percent".
const MEASURE_BEFORE =
  /\b(magnitude|turnout|death toll|toll|rate|temperature|inflation|unemployment|majority|margin|age|speed|height|depth|length|share\s+of\s+the\s+(?:popular\s+|national\s+|total\s+)?vote|vote\s+share)\s+(?:of\s+|at\s+|was\s+|is\s+|stood\s+at\s+|reached\s+|reaching\s+|hit\s+|(?:rose|rise|risen|fell|fall|fallen|climbed|climb|jumped|jump|dropped|drop)\s+to\s+|amounted\s+to\s+|amounts\s+to\s+|came\s+to\s+|to\s+|:\s*)?$/i;
const NUMBER_OF = /\b(?:the\s+)?(?:total\s+)?number\s+of\s+/gi;

/** The noun phrase a figure counts: after it ("12,000 South African miners"), or before it. */
function countedNoun(sentence: string, end: number, numStart: number): NounPhrase | undefined {
  const head = sentence.slice(0, numStart);
  // "Turnout: 61.4%", "Its share of the vote: 42.4%"
  const measure = MEASURE_BEFORE.exec(head.replace(/\s*:\s*$/, " "));
  if (measure) {
    const noun = measure[1].toLowerCase().replace(/^death /, "");
    // "Its share of the vote: 42.4%", "a vote share of 44%": the share of the vote a party won
    if (/\bvote\b/.test(noun)) return { noun: "share", thing: "vote", modifiers: [], proper: [], anaphoric: false };
    // a death toll counts people killed, whatever the figure is called
    if (noun === "toll") return { noun, thing: "people", modifiers: [], proper: [], anaphoric: false };
    return { noun, thing: noun, modifiers: [], proper: [], anaphoric: false, measure: true };
  }
  const after = sentence.slice(end);
  // "put the crowd at 45,000", "a crowd of some 20,000", "turnout was estimated at 8,000": people who attended
  if (CROWD_BEFORE.test(head)) {
    const np = nounPhrase(wordsOf(after, 6));
    if (!np || !nounClass(np.noun)) return { noun: "crowd", thing: "people", modifiers: [], proper: [], anaphoric: false };
  }
  let words = wordsOf(after, 10);
  let anaphoric = false;
  let skip = 0;
  // "99 of the 150 seats": the part counts what the whole counts
  if (words[0]?.lower === "of" && words[1] && DETERMINERS.has(words[1].lower) && NUMBER_WORD.test(words[2]?.text ?? "")) skip = 3;
  else if (words[0]?.lower === "of" && NUMBER_WORD.test(words[1]?.text ?? "")) skip = 2;
  // "1,000 of these soldiers", "two of them"
  else if (words[0]?.lower === "of") {
    skip = 1;
    if (words[1] && DETERMINERS.has(words[1].lower)) {
      anaphoric = ANAPHORA.has(words[1].lower);
      skip = 2;
    }
  }
  // a hyphen joins a figure to its unit noun: "47-year-old", "1.9-mile"
  if (/^-/.test(after) && words[0]) {
    const noun = words[0].lower.replace(/-.*$/, "");
    const rest = words.slice(1).find((w) => !/^(?:old|long|wide|high|deep|strong|tall)$/.test(w.lower) && !STOP_WORDS.has(w.lower));
    return { noun, thing: nounClass(noun) ?? singular(noun), modifiers: [], proper: [], anaphoric: false, attributeOf: rest?.lower };
  }
  if (/^\s*[,.;:)]/.test(after) && skip === 0) words = [];
  const np = nounPhrase(words.slice(skip));
  // "the number of the injured stood at six": the noun phrase after "number of"
  const counted = numberOfPhrase(head);
  // a figure its "number of" phrase leads to by a verb counts that phrase, unless a counted noun of a
  // known class follows it ("rose to 52 people"): "the number of the dead reached 37 overnight"
  if (counted?.linked && (!np || !nounClass(np.noun))) return counted.np;
  if (np) return { ...np, anaphoric: anaphoric || np.anaphoric };
  // "the number of those killed has risen to 143, with 107 more taken to hospital": "more" counts
  // the people of the figure before it; the "number of" far back names the first figure only
  if (counted && !counted.linked && MORE_AFTER.test(after)) return undefined;
  if (counted) return counted.np;
  // "troops in the region, totaling around 11,000": the figure comes after its noun (not a second
  // figure after the first: "toll rises to 11, 150 still missing")
  const lead = /\b(?:totall?ing|numbering|number(?:ed|s)?|estimated at|put at|put the (?:number|figure|toll) at|at|reached|rose to|risen to|rises to|rising to|jumped to|soared to|stood at|climbed to)\s+(?:(?![\d,])\S+\s+)?$/i.exec(head);
  if (lead) {
    const prior = wordsOf(head.slice(0, lead.index), 200);
    // "the death toll from the earthquake rose to 2,500", "the death toll from the powerful earthquake
    // that struck … County, within the … Region, has risen to 53": no other count stands between
    const toll = prior.map((w) => w.lower).lastIndexOf("toll");
    const between = toll < 0 ? [] : prior.slice(toll + 1);
    if (toll >= 0 && (between.length < 12 || (between.length <= 30 && between.every((w) => !/\d/.test(w.text) && !nounClass(w.lower)))))
      return { noun: "toll", thing: "people", modifiers: [], proper: [], anaphoric: false };
    for (let i = prior.length - 1; i >= 0 && i >= prior.length - 14; i--) {
      const cls = nounClass(prior[i].lower);
      if (cls && /s$/.test(prior[i].lower)) {
        const proper: string[] = [];
        for (let j = i - 1; j >= 0 && /^\p{Lu}/u.test(prior[j].text) && !STOP_WORDS.has(prior[j].lower); j--) proper.unshift(prior[j].lower);
        return { noun: prior[i].lower, thing: cls, modifiers: proper, proper, anaphoric: false };
      }
    }
  }
  return undefined;
}

// Verbs that join "the number of X" to its figure: "constitutes", "has amounted to", "stood at".
const NUMBER_LINK =
  /^(?:is|are|was|were|has|have|had|at|stands|stood|constitutes?|constituted|amounts?|amounted|totals?|totall?ed|reached|reaches|rose|risen|rises|climbed|climbs|grew|grown|increased|exceeds|exceeded|hit|topped|came)$/;

/**
 * The noun phrase after the last "number of" before the figure, and whether a verb links it to the
 * figure with nothing else between ("the number of evacuated persons constitutes 2,100"). A leading
 * participle is what happened to the things, not the things: "opened polling stations" counts stations.
 */
function numberOfPhrase(head: string): { np: NounPhrase; linked: boolean } | undefined {
  let numberOf: RegExpExecArray | null = null;
  for (const m of head.matchAll(NUMBER_OF)) numberOf = m as RegExpExecArray;
  if (!numberOf) return undefined;
  const from = numberOf.index + numberOf[0].length;
  let words = wordsOf(head.slice(from), 8);
  const link = words.findIndex((w, i) => i > 0 && NUMBER_LINK.test(w.lower));
  const linked = link > 0 && head.length - (from + words[link].start) <= 40 && !/[,;:()]/.test(head.slice(from + words[link - 1].start));
  if (link > 0) words = words.slice(0, link);
  let i = words[0] && DETERMINERS.has(words[0].lower) ? 1 : 0;
  if (words.length > i + 1 && /(?:ed|ing)$/.test(words[i].lower) && !nounClass(words[i].lower) && !/^\p{Lu}/u.test(words[i].text)) words = words.slice(i + 1);
  const np = nounPhrase(words);
  return np ? { np, linked } : undefined;
}

interface Word {
  text: string;
  lower: string;
  start: number;
  /** punctuation right after the word ends a phrase */
  stopAfter: boolean;
}

function wordsOf(text: string, max: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    let t = m[0].replace(/[’']s$/, "").replace(/\.$/, "");
    const e = m.index! + m[0].length;
    out.push({ text: t, lower: t.toLowerCase(), start: m.index!, stopAfter: /^\s*[,;:()“”"—–]/.test(text.slice(e)) || /^\.(\s|$)/.test(text.slice(e)) });
    if (out.length >= max) break;
    // a word right before punctuation closes the phrase
  }
  return out;
}

/** Verbs in the past that do not end in "-ed", lower case: they follow the subject they end. */
const IRREGULAR_PAST = /^(?:left|came|went|fell|ran|took|sank|rose|grew|stood|broke|hit|struck|flew|drove|lost|won|got|saw|made|gave|held|kept|began|slid|spun|tore|threw|swept|shook|burst)$/;

const MONTH_WORD = new RegExp(`^(?:${MONTHS})$`);

function nounPhrase(words: Word[]): Omit<NounPhrase, "anaphoric"> & { anaphoric: boolean } | undefined {
  const taken: Word[] = [];
  let anaphoric = false;
  for (let i = 0; i < words.length && taken.length < 5; i++) {
    const w = words[i];
    if (i === 0 && DETERMINERS.has(w.lower)) {
      anaphoric = ANAPHORA.has(w.lower);
      continue;
    }
    if (NP_STOP.has(w.lower) && !NOUN_CLASS.has(w.lower)) break;
    if (/^\d/.test(w.text)) break;
    if (MONTH_WORD.test(w.lower)) break;
    const verbish = /(?:ing|ed)$/.test(w.lower) && !NOUN_CLASS.has(w.lower) && !NOUN_CLASS.has(singular(w.lower));
    if (verbish && taken.length > 0 && !/^\p{Lu}/u.test(w.text)) break;
    // "hospitals run by the trust", "ferries operated by": a participle before "by" opens a clause
    if (taken.length > 0 && words[i + 1]?.lower === "by" && !/^\p{Lu}/u.test(w.text)) break;
    if (/ly$/.test(w.lower) && !/^\p{Lu}/u.test(w.text) && !NOUN_CLASS.has(singular(w.lower))) break;
    taken.push(w);
    if (w.stopAfter) break;
    // a known counted noun followed by a lower-case word ends the phrase ("soldiers fighting", "troops
    // who"), unless that word is a plural noun making a compound ("bus drivers", "bus depots")
    const next = words[i + 1];
    if (nounClass(w.lower) && next && !nounClass(next.lower) && !/^\p{Lu}/u.test(next.text) && (NP_STOP.has(next.lower) || /(?:ing|ed|ly)$/.test(next.lower) || !/s$/.test(next.lower))) break;
    // any noun before a verb in the past ends there: "five gantries fell onto the line"
    if (next && IRREGULAR_PAST.test(next.text)) break;
  }
  if (taken.length === 0) return undefined;
  // the head is the last word with a known class, else the last word; a compound's plural last word wins
  let h = taken.length - 1;
  for (let i = taken.length - 1; i >= 0; i--) if (nounClass(taken[i].lower)) { h = i; break; }
  const last = taken[taken.length - 1].lower;
  if (h < taken.length - 1 && /s$/.test(last) && !nounClass(last)) h = taken.length - 1;
  // "crew members", "staff members": the members are of the noun before
  if (/^members?$/.test(taken[h].lower) && h > 0 && nounClass(taken[h - 1].lower)) h--;
  let head = taken[h];
  // "22 members of the crew": the members are of the noun after "of"
  if (/^members?$/.test(head.lower) && h === taken.length - 1) {
    const at = words.indexOf(head);
    const [of, the, noun] = [words[at + 1], words[at + 2], words[at + 3]];
    const after = of?.lower === "of" ? (the && nounClass(the.lower) ? the : the?.lower === "the" && noun && nounClass(noun.lower) ? noun : undefined) : undefined;
    if (after && !/^\p{Lu}/u.test(after.text)) head = after;
  }
  // "26 Telurians": people of that nation, the nation a proper modifier (the strongest sign: "21
  // Drevanians" and "26 Telurians" are two counts)
  // ("About 1,200 Telurians remain in custody": the verb after the people is no noun of theirs)
  if (PEOPLE_OF_A_NATION.test(taken[0].text) && (taken.length === 1 || /^\p{Ll}/u.test(taken[1].text))) {
    const nation = nationKey(taken[0].lower);
    return { noun: taken[0].lower, thing: "people", modifiers: [nation], proper: [nation], anaphoric };
  }
  if (/^\p{Lu}/u.test(head.text) && !nounClass(head.lower)) return undefined; // "two Germans"? a name, not a count
  const mods = taken.slice(0, h);
  const role = ROLE_WORDS.get(head.lower);
  const cls = nounClass(head.lower);
  // "26 Telurian citizens", "21 Drevanian nationals" are "26 Telurians", "21 Drevanians"
  const nation = NATIONALS.test(head.lower) && mods.length === 1 && NATION_ADJECTIVE.test(mods[0].text);
  const thing = nation ? "people" : cls ?? (role ? "people" : singular(head.lower));
  if (nation) return { noun: head.lower, thing, modifiers: [nationKey(mods[0].lower)], proper: [nationKey(mods[0].lower)], anaphoric };
  return {
    noun: head.lower,
    thing,
    modifiers: mods.map((m) => m.lower).filter((m) => !STOP_WORDS.has(m)),
    proper: mods.filter((m) => /^\p{Lu}/u.test(m.text)).map((m) => m.lower),
    anaphoric,
  };
}

/** What happened to the counted things: the role word nearest the figure, within its clause. */
/** "the personal data of 1.2 million customers": the figure counts people whose data a breach took. */
const DATA_OF = /\b(?:data|records|details|information|files|accounts|passwords|emails|identities)\s+(?:of|on|for|belonging\s+to)\s+$/i;

function roleOf(sentence: string, start: number, end: number, noun: string | undefined): string {
  if (DATA_OF.test(sentence.slice(Math.max(0, start - 40), start))) return "exposed";
  // "420,000 homes were without power", "cut power to 600,000 homes": homes cut off; "power was
  // restored to 150,000 homes": homes reconnected, a count of its own (neither was left or lost)
  const ahead = sentence.slice(end, end + 70);
  const behind = sentence.slice(Math.max(0, start - 60), start);
  if (POWER_BACK_BEFORE.test(behind) || POWER_BACK_AFTER.test(ahead)) return "reconnected";
  if (POWER_OFF_BEFORE.test(behind) || POWER_OFF_AFTER.test(ahead)) return "without power";
  // "nearly 100 hostages remain in Gaza": captives still held, not the ones freed
  if (noun && CAPTIVE.test(noun) && STILL_HELD.test(ahead)) return "captured";
  if (noun) {
    const own = ROLE_WORDS.get(noun);
    if (own && !["present", "captured"].includes(own)) return own;
  }
  const clauseStart = Math.max(
    sentence.lastIndexOf(";", start),
    sentence.lastIndexOf(":", start),
    sentence.lastIndexOf("—", start),
    sentence.lastIndexOf("“", start),
  );
  const stops = [";", "—", "”", ". "].map((p) => sentence.indexOf(p, end)).filter((i) => i >= 0);
  const clauseEnd = stops.length ? Math.min(...stops) : sentence.length;
  // another figure ends this one's clause: "40 houses were set ablaze and 25 people were injured"
  let before = sentence.slice(Math.max(clauseStart + 1, start - 160), start);
  let after = sentence.slice(end, Math.min(clauseEnd, end + 160));
  // "1,100 firefighters, supported by 14 helicopters, were battling": the phrase between commas is
  // who helped; the verb after it is the figure's
  const aside = APPOSITIVE_AFTER.exec(after);
  if (aside) after = after.slice(aside[0].length);
  // "spent the night in 140 shelters": a count of the shelters says where, it ends no clause
  after = after.replace(/\b(in|into|to)\s+\d[\d,]*\s+(?=(?:(?:temporary|emergency|evacuation|makeshift|relief)\s+)?shelters?\b)/i, "$1 ");
  let nextFigure = after.search(/\d/);
  // "38,000 inhabitants of 14 settlements were evacuated": a figure after the noun's "of" belongs to
  // this figure's noun phrase; the verb after it is still this figure's
  const ofFigure = nextFigure > 0 && /^\s+[\p{L}-]+\s+of\s+(?:the\s+)?$/u.test(after.slice(0, nextFigure)) ? /^[\d,.]+\s+[\p{L}-]+/u.exec(after.slice(nextFigure)) : null;
  if (ofFigure) {
    after = after.slice(0, nextFigure) + " ".repeat(ofFigure[0].length) + after.slice(nextFigure + ofFigure[0].length);
    nextFigure = after.search(/\d/);
  }
  if (nextFigure > 0) after = after.slice(0, nextFigure);
  // "rushed for the exits of the stadium, where many people died": a clause about the place with
  // people of its own as subject ("…in Brask, where most were treated" still speaks of the figure's)
  const placeClause = after.search(/,\s+(?:where|in\s+which|at\s+which)\s+(?:(?:many|some|several|other|more|dozens\s+of|hundreds\s+of|scores\s+of|thousands\s+of)\s+)?(?:people|persons|others|victims|residents|fans|spectators|civilians)\b/i);
  if (placeClause > 0) after = after.slice(0, placeClause);
  // "2,500 people originally believed to be missing have been accounted for": what they were once
  // thought to be is no role of theirs now
  after = after.replace(ONCE_THOUGHT, (m) => " ".repeat(m.length));
  // "has set up 6 centres and has banned the sale": a second finite verb opens its own clause
  const nextClause = nextFiniteClause(after, 0);
  if (nextClause > 0) after = after.slice(0, nextClause);
  // "killing 126 people, injuring 188 others": a participle after a comma opens the next clause,
  // whose figure may be written in words; its verb is not this figure's
  // ("12 people, including three children, were killed" goes on: only a participle of a role cuts)
  for (const m of after.matchAll(PARTICIPLE_CLAUSE)) {
    if (!roleWord(m[1])) continue;
    after = after.slice(0, m.index);
    break;
  }
  const lastFigure = before.search(/\d[^\d]*$/);
  if (lastFigure >= 0) {
    before = before.slice(lastFigure + 1);
    // "31 deaths and 412 confirmed cases": the words between are the figure before's noun, not a verb of this one
    if (NOUN_THEN_AND.test(before)) before = "";
  }
  // "Four killed, 30 injured as 23 coaches derail": the word right after the figure before is its own
  const own = lastFigure >= 0 ? FIGURES_OWN_WORD.exec(before) : null;
  if (own && ROLE_WORDS.has(own[1].toLowerCase())) before = before.slice(own[0].length);
  // a clause joined after a comma ("…reduced to ash, and officials said it was 25 per cent
  // contained") starts anew: the words of the clause before say nothing of this figure
  const joined = before.match(CLAUSE_JOIN);
  if (joined) before = before.slice(before.lastIndexOf(joined[joined.length - 1]) + joined[joined.length - 1].length);
  // "23 workers were injured": the figure is the subject of a passive, whose verb is its role; "kept
  // in temporary shelters" is said of those in the shelters
  // "thirty have sustained injuries", "11 suffered burns": the figure's own verb, however near another role word
  if (SUSTAINED_AFTER.test(after)) return "wounded";
  const passive = PASSIVE.exec(after);
  if (passive) {
    const role = roleWord(passive[1]);
    if (role) return role === "displaced" && SHELTERS_AFTER.test(after) ? "sheltered" : role;
  }
  // "shut down electronic health records at three hospitals": a figure after a preposition of place
  // counts where; the verb before it was done to something else
  // ("stood at 12,400", "put the toll at 40": a level, not a place)
  const where = WHERE_BEFORE.exec(before);
  if (where && !LEVEL_AT.test(where[1]) && !(/\bat\s/i.test(where[0]) && PUT_AT.test(before))) before = "";
  // "killing four people and forcing 38,000 residents from their homes": the verb before says only
  // that they were made to do something; what they did is said after, and the role before is another figure's
  if (CAUSATIVE_BEFORE.test(before)) before = "";
  // "with one seat left to declare": what is still to be done; "left" names no one who left
  before = before.replace(LEFT_TO_WORDS, (m) => " ".repeat(m.length));
  after = after.replace(LEFT_TO_WORDS, (m) => " ".repeat(m.length));
  let best: { role: string; d: number } | undefined;
  const consider = (text: string, reverse: boolean) => {
    const words = [...text.matchAll(ROLE_TOKEN)];
    words.forEach((m, i) => {
      // "the centre-left Reform Alliance": the half of a compound names no role
      if (text[m.index! - 1] === "-") return;
      const role = roleWord(m[0], reverse && words.length - i <= 2);
      // "had 65 prisoners of war on board", "killed 12 prisoners": a captive's own noun says they
      // were captured only when no word near it says what became of them
      const d = reverse ? words.length - i : i + 1;
      if (!reverse && i <= 3 && role === "captured" && CAPTIVE_WORD.test(m[0])) {
        captive ??= { role, d };
        return;
      }
      if (role && d <= 12 && (!best || d < best.d)) best = { role, d };
    });
  };
  let captive: { role: string; d: number } | undefined;
  consider(after, false);
  if (!best && captive) best = captive;
  consider(before, true);
  // "took part in the walkout": those who took part in a strike are striking
  if (best?.role === "attended" && PART_IN_STRIKE.test(after)) return "striking";
  return best?.role ?? DEFAULT_ROLE;
}

const POWER = String.raw`(?:power|electricity|(?:the\s+)?(?:electricity|power)\s+supply)`;
const POWER_OFF_AFTER = new RegExp(String.raw`^[^,;.\d]{0,40}?\b(?:without|lost|lose|losing|had\s+no|have\s+no|has\s+no|with\s+no|cut\s+off\s+from)\s+${POWER}\b`, "i");
const POWER_OFF_BEFORE = new RegExp(String.raw`\b(?:cut|knocked\s+out|knocking\s+out|cutting|disrupted)\s+${POWER}\s+(?:to|for|at|in)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|up\s+to|an\s+estimated)\s+)?$|\b(?:outages?|blackouts?|power\s+cuts?)\s+(?:hit|hitting|affected|affecting|at|for|in)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|up\s+to|an\s+estimated)\s+)?$`, "i");
const POWER_BACK_BEFORE = new RegExp(String.raw`\b${POWER}\s+(?:(?:has|had|have)\s+been\s+|was\s+|were\s+|is\s+)?(?:restored|reconnected|back)\s+(?:to|for|at|in)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|another|a\s+further)\s+)?$|\b(?:restored|reconnected)\s+${POWER}\s+(?:to|for|at|in)\s+(?:(?:about|around|some|more\s+than|over|nearly|almost|at\s+least|another|a\s+further)\s+)?$`, "i");
const POWER_BACK_AFTER = new RegExp(String.raw`^[^,;.\d]{0,40}?\b(?:(?:have|has|had)\s+(?:had\s+)?(?:their\s+|its\s+)?${POWER}\s+(?:restored|back)|(?:have|has|had|were|was)\s+(?:been\s+)?reconnected)\b`, "i");

const LEVEL_AT = /^(?:stood|stands|standing|stand|put|puts|putting|estimated|estimates|estimate|valued|priced|set|pegged|capped|fixed|placed|is|was|are|were|be|been|being|remained|remains|remain|totalled|totaled|totals|came|comes|aged|numbered|toll|total|figure|number|rate|level|count|tally|it|them|turnout|crowd|attendance)$/i;
/** "put the number of people evacuated at", "estimated the crowd at": the figure after "at" is the level. */
const PUT_AT = /\b(?:put|puts|putting|estimated?|estimates|estimating|valued|values|pegged|placed|places|set|sets|fixed|capped|stood|stands)\b/i;
const WHERE_BEFORE = /([\p{L}’']+)\s+(?:at|in|across|inside|within|throughout)\s+(?:(?:all|each|every|some|about|around|nearly|almost|at\s+least|more\s+than|fewer\s+than|up\s+to|over|the)\s+)*$/iu;
const APPOSITIVE_AFTER = /^\s*(?:\p{L}+\s*){0,3}?,\s*(?:supported|backed|helped|assisted|aided|accompanied|joined)\s+by\s+[^,;.]{1,60},/iu;
/** The verb after a count of responders says they worked on the operation ("drilled", "worked in shifts", "took turns"). */
const RESPONDERS_AT_WORK =
  /^[^.;:\d]{0,30}?\b(?:drilled|drilling|dug|digging|worked|working|searched|searching|combed|combing|scoured|scouring|took\s+turns|taking\s+turns|took\s+part|taking\s+part|taken\s+part|were\s+involved|are\s+involved|have\s+been\s+involved)\b(?!\s+(?:for|at|as)\b)/i;
const PART_IN_STRIKE = /\bpart\s+in\s+(?:the\s+|a\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:strike|walkout|stoppage)\b/iu;
const NOUN_THEN_AND = /^\s*(?:[\p{L}-]+\s+){1,3}?(?:and|or)\s+$|^\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,\s+$/u;
const ONCE_THOUGHT = /\b(?:originally|initially|once|previously|first|earlier|at\s+one\s+time)\s+(?:believed|thought|feared|reported|listed|presumed|declared|counted)\s+(?:to\s+(?:be|have\s+been)\s+|as\s+(?:being\s+)?)?(?:missing|dead|unaccounted\s+for)\b|\b(?:after\s+)?being\s+(?:reported|listed)\s+(?:as\s+)?(?:being\s+)?(?:missing|unaccounted\s+for)(?:\s+at\s+one\s+time)?/gi;
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas|though|although)\s+/gi;
const CAPTIVE = /^(?:hostages?|prisoners?|captives?|detainees?)$/i;
/** "180 more injured", "107 others taken to hospital": a figure that borrows the noun before it. */
const CAPTIVE_WORD = /^(?:hostages?|prisoners?|captives?|detainees?|pows?)$/i;
const MORE_AFTER = /^\s+(?:more|others)\b(?:\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?(\p{L}+(?:ed|en)|hurt)\b)?/iu;
const STILL_HELD = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:are|is)\s+)?(?:still\s+)?(?:remain|remains|remained|remaining|held|in\s+captivity)\b(?!\s+(?:missing|unaccounted|dead)\b)/iu;
const PARTICIPLE_CLAUSE = /,\s+(?:and\s+)?(\p{Ll}{3,}ing)\b/gu;
const AT_THE_SCENE = /^[^,;.\d]{0,30}?\b(?:died|dead|killed|perished|lost\s+their\s+lives)\s+(?:on\s+the\s+spot|at\s+the\s+scene|on\s+the\s+scene|instantly|on\s+impact|at\s+the\s+site|on\s+site)\b/i;
const FIGURES_OWN_WORD = /^\s*(\p{L}+)(?=\s+(?:as|and|while|when|after)\s)/u;
const SUSTAINED_AFTER = /^\s+(?:(?:people|others|persons|passengers|more)\s+)?(?:(?:have|has|had)\s+)?(?:sustained|suffered|received)\s+(?:(?:minor|major|serious|severe|critical|grievous|multiple|bullet|gunshot|head|stab|burn)\s+){0,2}(?:injuries|injury|wounds|burns)\b/i;
const SHELTERS_AFTER = /^[^,;]{0,40}?\bin\s+(?:(?:(?:temporary|emergency|evacuation|makeshift|relief)\s+)?shelters?|(?:evacuation|relief|emergency)\s+cent(?:re|er)s?)\b/i;
// "195 prisoners from the armed forces were handed over": the particle makes the verb a release
const PASSIVE = /^(?:(?!\b(?:who|which|that|whom|after|before|when|while|and)\b)[^,;.\d]){0,50}?\b(?:were|was|are|is|have been|has been|had been|been|remain|remained|remains)\s+((?:\p{L}+)(?:\s+(?:or|and)\s+\p{L}+|\s+(?:prisoner|down|off|out|on board|board|the|over))?)/iu;

// Words and the phrases that name a role only together: "lost their lives", "killed or wounded".
// Where people were sent names the role when the verb does not: "driven from their homes", "taken
// to shelters"; "returned to their homes" names none.
const ROLE_TOKEN =
  /\p{L}+\s+(?:off\s+)?the\s+(?:tracks?|rails?)\b|in\s+(?:the\s+)?hospitals?\b|deprived\s+of\s+liberty\b|(?:from|out\s+of)\s+their\s+homes|(?:to|into|in)\s+(?:(?:temporary|emergency|evacuation|makeshift|relief)\s+)?shelters?\b|(?:to|into|in)\s+(?:evacuation|relief|emergency)\s+cent(?:re|er)s?\b|\p{L}+(?:\s+(?:or|and)\s+\p{L}+|\s+(?:prisoner|toll|down|board|off|out(?!\s+of\b)|their lives|their homes|for|part\b|over\b|free\b|to\s+(?:ash|ashes|rubble|ruins|cinders)\b|to\s+the\s+streets\b))?/gu;

/** The role a word or phrase names: the phrase first ("killed or wounded"), then its first word. */
function roleWord(phrase: string, lastToo = false): string | undefined {
  const key = phrase
    .toLowerCase()
    .replace(/\s+(?:temporary|emergency|evacuation|makeshift|relief)\s+/, " ")
    .replace(/\s+the\s+(?:tracks?|rails?)$/, " the track");
  const words = key.split(/\s+/);
  // before a figure, "126 people and injured 188 others": a pair whose first word names no role may end
  // in the verb of the figure after it (after a figure, that verb has its own object)
  return ROLE_WORDS.get(key) ?? ROLE_WORDS.get(words[0]) ?? (lastToo && (words[1] === "and" || words[1] === "or") ? ROLE_WORDS.get(words[2]) : undefined);
}
