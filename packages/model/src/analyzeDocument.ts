import type { AnalysisOptions, Attribution, AttributionClaim, Claim, DateClaim, EntityType, QuantityClaim, QuoteClaim, Source, Span } from "./types.js";
import { LineIndex } from "./text/lineIndex.js";
import { splitSentences, type Sentence } from "./text/sentences.js";
import { findBoilerplate, inBoilerplate } from "./source/boilerplate.js";
import { readMetadata } from "./source/metadata.js";
import { extractDates, fixYearByWeekday, type DateMention } from "./extract/dates.js";
import { clockGap, extractTimesOfDay, settle, withTimesOfDay } from "./extract/timesOfDay.js";
import { extractQuantities, PARTY_ANAPHOR, type QuantityMention } from "./extract/quantities.js";
import { findQuotes, maskQuotes, type QuoteMention } from "./extract/quotes.js";
import { bodySubject, findSpeakers, isRole, roleSubject, sourceKey, type SpeakerMention } from "./extract/attributions.js";
import { findNames, isCommonWord, isTitleCase, personCore, placeCore, type NameMention } from "./extract/names.js";
import { ArticleBodies, BODY_WORD, bodyMentions } from "./extract/institutions.js";
import { pairKey, placeLinksOf } from "./extract/placeLinks.js";
import { groupReferent, isGroupNoun, peopleNamed } from "./extract/groupNouns.js";
import { nextFiniteClause, sameClause, sideClauses } from "./extract/clauses.js";
import { reportingYear } from "./source/reportingPeriod.js";
import { DEFAULT_ROLE, HEDGES, ORG_WORDS, PLACE_NOUN_AFTER, STOP_WORDS, TITLE_WORDS, singular } from "./extract/lexicon.js";
import { classedByContext, classInContext, eventClass, eventFamily, FREED, isLocal, labourStrikes, opensPair } from "./extract/eventWords.js";
import { overlaps, toleratedInterval, statedInterval } from "./extract/qualifiers.js";
import { roleFamily } from "./align/blockKeys.js";
import { trailingZeros } from "./extract/numbers.js";
import { nameKey } from "./align/nameKey.js";
import { formatQuantity, formatDate } from "./describe/formatValue.js";
import { quoteWords } from "./align/quoteSimilarity.js";

/** A name as mentioned in one document, for corpus-wide entity merging. */
export interface NameOccurrence {
  text: string;
  key: string;
  type: EntityType;
  span: Span;
}

/** Everything one document yields on its own; the corpus relates documents to each other. */
export interface DocumentAnalysis {
  uri: string;
  version: number;
  source: Source;
  claims: Claim[];
  names: NameOccurrence[];
  /** "Security Service of Ukraine (SBU)": alias pairs the text defines itself. */
  aliases: [string, string][];
  /** The reference date used for relative dates (article date or inferred). */
  referenceDate?: string;
  /**
   * Places the article says are one inside the other ("Orvin, a town in eastern Talmora"), as sorted
   * key pairs "a|b"; and pairs it gives figures of their own ("12 in Orvin, 40 across Talmora").
   */
  placeLinks?: string[];
  placesApart?: string[];
  /** The same links with their direction, "inner>outer" ("orvin>talmora"): which place is inside which. */
  placesWithin?: string[];
  /** Undated, with relative dates ("on Thursday") left unresolved: a corpus date would change the claims. */
  needsReference: boolean;
  sentences: number;
}

export interface AnalyzeContext {
  /** A date to resolve relative dates against when the article gives none (from the corpus). */
  fallbackDate?: string;
  version?: number;
  /** An earlier analysis of the same text: what does not depend on the reference date is reused. */
  previous?: DocumentAnalysis;
}

/** What an article yields before any date is resolved: the same for every reference date. */
interface TextFacts {
  text: string;
  lines: LineIndex;
  sentences: Sentence[];
  boilerplate: ReturnType<typeof findBoilerplate>;
  meta: ReturnType<typeof readMetadata>;
  quotes: ReturnType<typeof findQuotes>;
  unresolved: Map<number, DateMention[]>;
  usable: Sentence[];
  namesOf: Map<number, NameMention[]>;
  speakersOf: Map<number, SpeakerMention[]>;
}
// kept beside the analysis rather than in it: the analysis stays plain data
const textFactsOf = new WeakMap<DocumentAnalysis, TextFacts>();

/** "crossed central Corvan": a compass or centre word before a name makes it a place, with or without a preposition. */
const ROUTE_CUE = /\b(?:way|route|bound|travell?ing|headed|heading|going|coming|returning|journey|trains?|bus|buses|coach|flights?|planes?|ferry|express|mail|service)\b/i;
const ROUTE = new RegExp(
  String.raw`\b(?:(?:on\s+(?:its|their|his|her|the)\s+way|en\s+route|travell?ing|headed|heading|going|bound|journeying|running|returning)\s+(?:from\s+[^;:.]{1,80}?\s+)?(?:to|for|towards)\s+[^;:,.]{1,70}|(?:coming|arriving|returning|travell?ing|departing)\s+from\s+[^;:,.]{1,60}|\bbound\s+for\s+[^;:,.]{1,60}|from\s+(?:the\s+)?\p{Lu}[^;:.]{0,80}?\s+to\s+(?:the\s+)?\p{Lu}[^;:,.]{0,70})`,
  "giu",
);
const LOCATIVE_ADJECTIVE = /\b(?:central|northern|southern|eastern|western|downtown)\s+$/i;
const LOCATIVE = /\b(?:in|at|near|from|across|into|inside|outside|to|throughout|within|through|around|off)\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|downtown|rural|coastal|neighbouring|neighboring|nearby|adjacent)\s+)?$/i;
// a wire dateline opens the first paragraph: "CITY, March 3 (Agency) —", "CITY, Country, Oct 13 (Agency) -";
// its date is the report's, not an event's
/**
 * The sentence with its wire dateline blanked (offsets kept): "PORT X, 22 May – On 21 May at 23:15"
 * is no range of days from the 22nd to the 21st; the dateline's day is the report's, not the sentence's.
 */
function withoutDateline(text: string): string {
  const wire = WIRE_DATELINE.exec(text);
  return wire ? " ".repeat(wire[0].length) + text.slice(wire[0].length) : text;
}
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{1,40},\s+(?:\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]/u;
const STATE_NAMED = /^(?:the\s+)?(?:State|Republic|Kingdom|Principality|Federation|Commonwealth|Emirate|Sultanate|Grand\s+Duchy)\s+of\s+(?:the\s+)?(?=\p{Lu}\p{Ll}+$)/u;
const NAME_RUN = /\p{Lu}[\p{L}’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'.-]*)+/gu;
// "the fire service said on Friday": the day of the report, not a bound of the figures
const REPORTED_ON = /\b(?:said|says|told|announced|reported|confirmed|stated|added)\s+(?:on\s+)?$/i;
// "the number of injured has risen to more than 1,300", "Death toll rises to 268"
const RISEN_TO = /\b(?:risen|rose|rises|rising|climbed|climbs|jumped|jumps|increased|increases|grown|grew|grows|swelled|mounted)\s+to\s+$/i;
const PLURAL_NOUN = /^\p{Ll}{3,}s$/u;
// words that open a noun phrase: after them, "collapsed" in "through collapsed buildings" is an adjective
const NOUN_OPENER = /^(?:the|a|an|its|their|his|her|our|through|of|in|into|from|among|under|with|by|on|at|near|around|across|amid|between|inside|beneath)$/i;
// ("West African", "Southeast Asian": a compass word before the people's name)
// (a compass word with a place's own name is a place: "South Sudan", "West Darfur")
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ean|ian|ese|ish)$|^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Northeast|Northwest|Southeast|Southwest)[\s-]+\p{Lu}\p{Ll}+(?:ean|ian|ican|ese|ish)$/u;
const DISEASE_AFTER = /^\s+(?:virus|viruses|fever|disease|flu|variant|strain)\b/i;
const URL = /\b(?:https?:\/\/|www\.)[^\s"“”'<>]+/gi;
const PERIOD_TO_NOW = /^(?:since|from|after|until|by|before|throughout)\b/i;
const PERIOD_TO_NOW_BEFORE = /\b(?:since|from|until|by|throughout)\s+(?:early\s+|late\s+|mid-?)?$/i;
/** "the highest since 2010", "down on four years ago", "than in 2022": the time a figure is compared with. */
const COMPARED_WITH = /(?:\b(?:highest|lowest|largest|biggest|smallest|fewest|best|worst|strongest|weakest|most|least)\b[^,;.]{0,40}?\bsince|\b(?:up|down|higher|lower|more|less|better|worse|better)\s+(?:on|than)|\bcompared\s+(?:with|to)|\bthan(?:\s+in)?)\s+(?:the\s+)?$/i;
/** "up from 58.9 per cent in 2022", "down from 90 in 2022": the year of the figure the change started from. */
// ("slightly below the 90 seats the party won in 2022", "short of the 76 it held in 2019": the same)
const FROM_FIGURE_IN = /\b(?:from|below|above|short\s+of)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+|nearly\s+)?(?:US\$|\$|€|£)?\d[\d.,]*\s*(?:%|per\s?cent|percent)?(?:\s+[\p{L}’'-]+){0,5}?\s+in\s+$/iu;
const STATEMENT_INTRO = /\b(?:statement|following|said|says|wrote|writes|posted|declared|told|added|stated|message|remarks?|address)\b[^:]*:\s*$/i;

export function analyzeDocument(uri: string, text: string, options: AnalysisOptions, ctx: AnalyzeContext = {}): DocumentAnalysis {
  const reused = ctx.previous && textFactsOf.get(ctx.previous);
  const facts = reused && reused.text === text ? reused : readTextFacts(text);
  const { lines, sentences, boilerplate, meta, quotes, unresolved, usable, namesOf, speakersOf } = facts;

  let date = meta.date;
  let dateFrom: Source["dateFrom"] = meta.dateFrom;
  let dateConfidence = meta.dateConfidence;
  if (!date) {
    const inferred = inferDateFromText(unresolved);
    if (inferred) {
      date = inferred;
      dateFrom = "text";
      dateConfidence = 0.6;
    } else if (ctx.fallbackDate) {
      date = ctx.fallbackDate;
      dateFrom = "corpus";
      dateConfidence = 0.4;
    }
  }
  const ref = date ? new Date(`${date}T00:00:00Z`) : undefined;

  const claims: Claim[] = [];
  const names: NameOccurrence[] = [];
  const aliases: [string, string][] = [];
  const surnames = new Map<string, string>();
  let lastPerson: string | undefined;
  const lastOfThing = new Map<string, QuantityClaim>();
  // the last count of the article (no measure, no part): what "18,000 of them" counts
  let lastCount: QuantityClaim | undefined;
  // the one place of each kind the article names ("the province"), read on the first "across the province"
  let kindPlaces: Map<string, string> | undefined;
  /** The kinds of people the article has named so far (miners, a crew), for "the men". */
  // the kinds of people named so far, read only when a group noun asks (few sentences have one)
  const peopleSoFar = new Set<string>();
  const peopleUnread: string[] = [];
  const hedged = (s: string) => HEDGES.exec(s)?.[1]?.toLowerCase();
  const attributionIds = new Set<string>();

  let lasting: boolean | undefined;
  // the places named, counted once: the places named twice and those named once come from one count
  const placeCounts = rankedPlaces(usable, namesOf);
  const around = mainPlaces(placeCounts);
  const bodyKey = institutionKeys(text, usable, namesOf);
  // figures are linked by what the article is about: its places, and the firm or body it keeps naming
  // (only when it names no place of its own: the bodies that report on a flood here and a flood
  // there, "the Red Cross said", must not make the two floods' figures one)
  // and a short report that names its town once, in passing, is still about that town
  const subjects = around.length ? around : mainSubjects(text, usable, namesOf);
  // a report that names no place twice and is filed from a town ("DARVO, 6 October (ONA) –") is
  // about that town as well as about the bodies it names: a wire's "DARVO, Kestavia" links them
  const datelinePlaces = around.length ? [] : [...new Set(usable.flatMap((s) => (namesOf.get(s.index) ?? []).filter((n) => n.dateline && n.type === "place").map((n) => nameKey(placeCore(n.text)))))];
  const aboutFigures = subjects.length ? subjects : mainPlaces(placeCounts, 1);
  const aroundFigures = [...new Set([...aboutFigures, ...datelinePlaces])];
  // a happening is placed by the places the article keeps naming, else by those it names once
  const aroundHappenings = around.length ? around : aboutFigures === subjects ? mainPlaces(placeCounts, 1) : aboutFigures;

  // the sentence that spoke of another happening ("12 days after another similar accident"), and its end
  let otherHappeningEnd = -1;
  for (const s of usable) {
    const found = namesOf.get(s.index)!;
    // a figure told of another happening, in the sentence that says so or the next one of its paragraph,
    // is placed only by what its own sentence names: what the article is about is no sign for it
    const cue = OTHER_HAPPENING_WORD.test(s.text) && OTHER_HAPPENING.test(s.text);
    const other = cue || (otherHappeningEnd >= 0 && !/\n\s*\n/.test(text.slice(otherHappeningEnd, s.start)));
    otherHappeningEnd = cue ? s.end : -1;
    // a bare surname stands for the full name met earlier in the article
    for (const n of found) {
      if (n.type === "person") {
        const core = personCore(n.text);
        const parts = core.split(/\s+/);
        if (parts.length >= 2) surnames.set(nameKey(parts[parts.length - 1]), core);
      } else if (!n.text.includes(" ") && surnames.has(nameKey(n.text))) n.type = "person";
      names.push({ text: n.type === "person" ? personCore(n.text) : n.text, key: nameKey(n.type === "person" ? personCore(n.text) : n.type === "place" ? placeCore(n.text) : n.text), type: n.type, span: lines.span(s.start + n.start, s.start + n.end) });
    }
    if (s.text.includes("(")) {
      for (const m of s.text.matchAll(/(\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]+)+)\s+\((\p{Lu}{2,8})\)/gu)) aliases.push([m[1], m[2]]);
      for (const m of s.text.matchAll(/\b(\p{Lu}{2,8})\s+\((?:the\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]+)+)\)/gu)) aliases.push([m[2], m[1]]);
    }

    const first = unresolved.get(s.index);
    const wire = WIRE_DATELINE.exec(s.text);
    // a web address is no prose: "…/2025/01/19/world/…" dates nothing
    const urls = s.text.includes("/") ? [...s.text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].length]) : [];
    const inUrl = (x: { start: number; end: number }) => urls.some(([a, b]) => x.start < b && a < x.end);
    let dates = (first && (!ref || first.every((d) => !d.relative)) ? first : extractDates(withoutDateline(s.text), ref)).filter((d) => (!wire || d.start >= wire[0].length) && !inUrl(d) && !meta.dateFields.some(([a, b]) => s.start + d.start >= a && s.start + d.start < b));
    // an undated article's "Monday, July 14": the weekday fixes the year
    if (dateFrom !== "dateline") dates = dates.map(fixYearByWeekday);
    // "struck at 9:05 am Beijing time", "8:05 p.m. ET Monday": times of day, joined to their day
    dates = withTimesOfDay(s.text, dates, ref);
    const quantities = extractQuantities(s.text, dates.map((d) => [d.start, d.end])).filter((q) => !inUrl(q));
    const speakers = speakersOf.get(s.index)!.map((sp) => resolveSpeaker(sp, found, lastPerson, surnames));
    // "the bus, on its way from Pauri to Ramnagar", "bound for Kessel": the ends of a journey are not
    // where the figures of the sentence happened
    const route = quantities.length && ROUTE_CUE.test(s.text) ? [...s.text.matchAll(ROUTE)].map((m) => [m.index!, m.index! + m[0].length]) : [];
    // the places a figure is scoped to: read only in a sentence with a figure (most have none)
    const placed = !quantities.length ? [] : found
      .filter(
        (n) =>
          (n.type === "place" || n.type === "other") &&
          !route.some(([a, b]) => n.start >= a && n.start < b) &&
          (LOCATIVE.test(before(s.text, n.start)) || (n.type === "place" && PLACE_NOUN_AFTER.test(s.text.slice(n.end, n.end + 16)))) &&
          // "in the southeastern European country of …", "in the Varnesian port of …": a people's adjective before a noun names no place
          !(DEMONYM.test(n.text) && /^\s+\p{Ll}/u.test(s.text.slice(n.end, n.end + 3))) &&
          // "an outbreak of Marburg virus", "West Nile fever": a disease named after a place is no place
          !DISEASE_AFTER.test(s.text.slice(n.end, n.end + 14)) &&
          !/according\s+to\s+(?:the\s+)?$/i.test(before(s.text, n.start)),
      )
      .map((n) => ({ key: nameKey(placeCore(n.text)), at: n.start }));
    // "across the province": the one province the article names
    if (quantities.length && THE_KIND.test(s.text)) {
      for (const m of s.text.matchAll(THE_KIND_ALL)) {
        const key = (kindPlaces ??= placesByKind(usable, namesOf)).get(m[1].toLowerCase());
        if (key) placed.push({ key, at: m.index! });
      }
      placed.sort((x, y) => x.at - y.at);
    }
    const places = placed.map((p) => p.key);
    // "tens of thousands of people in Northland and hundreds of thousands more in Southmark": in a
    // sentence naming two places, a place named right after a figure is that figure's alone
    const placeOfFigure = (q: QuantityMention): string[] | undefined => {
      if (new Set(places).size < 2) return undefined;
      const next = found.filter((n) => n.start >= q.end && (n.type === "place" || n.type === "other")).sort((x, y) => x.start - y.start)[0];
      if (!next || !FIGURE_IN_PLACE.test(s.text.slice(q.end, next.start))) return undefined;
      const key = nameKey(placeCore(next.text));
      return places.includes(key) ? [key] : undefined;
    };
    // "412,000 vehicles worldwide" is the whole of which "214,000 in the United States" is a part
    if (quantities.length && WORLDWIDE.test(s.text)) places.push("world");
    // a day when the sentence gives one, else a month: "December 19" and "December 24" are not one time
    // "up from 58.9 per cent in 2022", "down from 90 in 2022": the year is the earlier figure's alone;
    // "the highest since 2010", "a little down on four years ago": a comparison's time, no figure's
    const yearOf = new Map<number, string>();
    const comparedWith = new Set<DateMention>();
    for (const d of dates) {
      const lead = s.text.slice(Math.max(0, d.start - 60), d.start);
      if (!d.resolved) continue;
      if (COMPARED_WITH.test(lead) && !/^,?\s+when\b/i.test(s.text.slice(d.end, d.end + 8))) comparedWith.add(d);
      else if (FROM_FIGURE_IN.test(lead)) {
        // the figure after "from" when it was read as one ("down from 90 in 2022" may count nothing named)
        const from = d.start - (lead.length - FROM_FIGURE_IN.exec(lead)!.index);
        const figure = quantities.filter((q) => q.end <= d.start && q.start >= from).pop();
        if (figure) yearOf.set(figure.start, d.resolved.start.slice(0, 4));
        comparedWith.add(d);
      }
    }
    const timed = dates.filter((d) => d.resolved && !comparedWith.has(d) && d.resolved.granularity !== "year" && !REPORTED_ON.test(s.text.slice(Math.max(0, d.start - 30), d.start))).map((d) => ({ at: d.start, time: d.resolved!.granularity === "day" ? d.resolved!.start : d.resolved!.start.slice(0, 7) }));
    // "an earthquake in 2011 killed about 300 people", "two years ago, 2,000 jobs were cut": a sentence
    // set in an earlier year, or more than a year before the report, tells of that year's happening;
    // its figures carry the year ("since 2011" runs to now and sets nothing)
    if (date) {
      for (const d of dates) {
        // "since 2011, when a collision killed 19 people": the clause after "when" is set in that year
        if (!d.resolved || comparedWith.has(d) || (PERIOD_TO_NOW.test(d.text) && !/^,?\s+when\b/i.test(s.text.slice(d.end, d.end + 8)))) continue;
        // "In June, a crash killed 280 people" in an October report: a day or month that ended more than
        // a month before the report tells of an earlier happening, as an earlier year does, unless the
        // sentence also names a recent day ("on Saturday, … the third march since January")
        const ago = Date.parse(date) - Date.parse(d.resolved.end);
        // (only against the article's own date: one borrowed from the corpus or guessed from the text is no measure)
        const monthsBefore = dateFrom !== "corpus" && dateFrom !== "text" && ago > 30 * 86400000 && ago <= 365 * 86400000 && !PERIOD_TO_NOW_BEFORE.test(s.text.slice(Math.max(0, d.start - 12), d.start)) && dates.every((o) => !o.resolved || Date.parse(date) - Date.parse(o.resolved.end) > 30 * 86400000);
        const earlier = d.resolved.granularity === "year" ? d.resolved.start.slice(0, 4) < date.slice(0, 4) : ago > 365 * 86400000 || monthsBefore;
        if (earlier) timed.push({ at: d.start, time: d.resolved.start.slice(0, 4) });
      }
    }
    // "The company, which was founded in March 2019, cut 400 jobs": a date in a side clause is the
    // time of that clause's figures only
    const sides = timed.length && quantities.length ? sideClauses(s.text, dates) : [];
    const sentenceTimes = timed.map((t) => t.time);
    const timesAt = (at: number) => (sides.length ? timed.filter((t) => sameClause(sides, t.at, at)).map((t) => t.time) : sentenceTimes);
    const hedge = quantities.length || dates.length ? hedged(s.text) : undefined;
    const sentenceRef = { start: s.start, end: s.end, text: s.text };
    const sentenceFirstClaim = claims.length;

    // a place named in a later clause of its own ("… 16 centres and has banned street food in Sauli") is that clause's
    const placesOf = (q: QuantityMention) => {
      const cut = placed.length ? nextFiniteClause(s.text, q.end) : -1;
      return cut < 0 ? places : [...placed.filter((p) => p.at < cut).map((p) => p.key), ...places.slice(placed.length)];
    };
    let previousInSentence: QuantityClaim | undefined;
    let previousQ: QuantityMention | undefined;
    for (const q of quantities) {
      const own = yearOf.get(q.start);
      const claim = quantityClaim(uri, q, s, lines, options, placeOfFigure(q) ?? placesOf(q), own ? [...timesAt(q.start), own] : timesAt(q.start), other ? [] : aroundFigures);
      // "The party won 84 seats": the party the article named last ("the governing Unity Party")
      if (q.owner === PARTY_ANAPHOR) {
        const isParty = (t: string) => /\sParty$/.test(t);
        const party = found.filter((n) => n.end <= q.start && isParty(n.text)).pop()?.text ?? [...names].reverse().find((n) => isParty(n.text))?.text;
        claim.counted.owner = party ? ownerKey(party.replace(/^(?:The|A|An)\s+/, "")) : undefined;
      }
      // "evacuated 65,000 people … 18,000 of them spent the night in shelters": the last count's things;
      // a part of it unless its own verb gives it another role (people in shelters are compared as a part)
      if (q.ofThem) {
        if (!lastCount) continue;
        const c = claim.counted;
        [c.noun, c.thing, c.modifiers, c.proper] = [lastCount.counted.noun, lastCount.counted.thing, lastCount.counted.modifiers, lastCount.counted.proper];
        if (c.role === DEFAULT_ROLE || c.role === lastCount.counted.role) claim.partOf = lastCount.id;
      }
      // "All 14 men" after "the trapped miners": the men are the miners
      if (claim.counted.thing === "people" && isGroupNoun(claim.counted.noun)) {
        for (const t of peopleUnread.splice(0)) peopleNamed(t, peopleSoFar);
        const named = new Set(peopleSoFar);
        peopleNamed(s.text.slice(0, q.start), named);
        const rest = s.text.slice(q.end, q.end + 40);
        const at = rest.toLowerCase().indexOf(claim.counted.noun.toLowerCase());
        const kind = at < 0 ? undefined : groupReferent(claim.counted.noun.toLowerCase(), s.text.slice(Math.max(0, q.start - 12), q.start) + rest.slice(0, at), rest.slice(at + claim.counted.noun.length), named);
        if (kind) claim.counted.thing = kind;
      }
      claim.hedge = hedge;
      claim.sentence = sentenceRef;
      // "won 14 of the 22 seats": the 14 counts a part of 22 things, never the 87 another report counts
      if (claim.counted.role === "total" && previousInSentence && previousQ && /^\s+of\s+(?:(?:the|its|their|a|an)\s+)?$/i.test(s.text.slice(previousQ.end, q.start))) previousInSentence.of = claim.interval.high;
      if (q.partOfPrevious && previousInSentence) claim.partOf = previousInSentence.id;
      // "two coaches toppled over while four other coaches left the track", "killed two soldiers and three
      // other people": a count of others besides a count before it is a part of a whole the sentence leaves unsaid
      // ("the driver and three other people died": with no such count before, no figure of the whole)
      if (!claim.partOf && /^\s+other\s+\p{L}/u.test(s.text.slice(q.end, q.end + 12))) {
        if (previousInSentence?.counted.thing !== claim.counted.thing) continue;
        claim.partOf = previousInSentence.id;
      }
      // "Four of the injured are serious, of which three were airlifted and one was taken to …": a figure
      // that borrows the noun of a part just before it is another part of the same whole
      if (!claim.partOf && previousInSentence?.partOf && previousQ && previousQ.noun === q.noun && previousQ.thing === q.thing && /^\s+(?:were|was|are|is|had|have|has|died|succumbed|remain|remained|remains)\b/i.test(s.text.slice(q.end, q.end + 12)) && /^[^.;\d]{0,80}$/.test(s.text.slice(previousQ.end, q.start))) claim.partOf = previousInSentence.partOf;
      // "Twelve of the injured": a part of the last count of the same things; with none before, no count to compare
      if (q.partitive) {
        const whole = lastOfThing.get(claim.counted.thing);
        if (!whole) continue;
        claim.partOf = whole.id;
      }
      // "these soldiers": the scope of the last count of the same things carries over
      const prior = lastOfThing.get(claim.counted.thing);
      if (q.anaphoric && prior && claim.counted.modifiers.every((m) => !/^\p{Lu}/u.test(m))) {
        const c = claim.counted;
        if (!q.properModifiers.length) c.modifiers = [...new Set([...prior.counted.modifiers, ...c.modifiers])];
        if (!c.scope.places.length) c.scope.places = prior.counted.scope.places;
        if (!c.proper.length) c.proper = prior.counted.proper;
      }
      if (!claim.partOf) lastOfThing.set(claim.counted.thing, claim);
      if (!claim.partOf && !claim.unit) lastCount = claim;
      attribute(claim, q.start, speakers, s, lines, bodyKey);
      claims.push(claim);
      previousInSentence = claim;
      previousQ = q;
    }
    peopleUnread.push(s.text);
    // the sentence's happening words and participants, found once for all of its dates
    // (the whole text is read for lasting disasters only once a sentence has a date)
    // "9:05 am Beijing time", "6:35 AM IST": a zone names no one who took part
    const clocks = dates.filter((d) => d.clock);
    const participating = clocks.length ? found.filter((n) => !clocks.some((d) => n.start < d.end && d.start < n.end)) : found;
    const dateContext: DateContext | undefined = !dates.length ? undefined : { names: wire ? participating.filter((n) => n.start >= wire[0].length) : participating, participants: new Map(), dates, lasting: (lasting ??= LASTING_DISASTER.test(text)) };
    for (const d of dates) {
      // the dateline's city and agency say where and by whom it was filed, not who took part
      // (the town a report was filed from takes no part in an inquiry)
      const claim = dateClaim(uri, d, s, lines, dateConfidence, dateContext!, aroundHappenings, aboutFigures);
      claim.sentence = sentenceRef;
      claim.hedge = hedge;
      attribute(claim, d.start, speakers, s, lines, bodyKey);
      claims.push(claim);
      if (d.weekdayMismatch) claim.weekdayMismatch = d.weekdayMismatch;
    }
    const persons = found.filter((n) => n.type === "person");
    if (persons.length) lastPerson = canonicalPerson(persons[persons.length - 1].text, surnames);
    // record speakers for attribution claims
    for (const sp of speakers) {
      if (sp.speaker && (sp.person || !sp.pronoun)) {
        const covered = claims.slice(sentenceFirstClaim).filter((c) => c.attribution && c.attribution.span.start === s.start + sp.start);
        if (!covered.length) continue;
        const a = covered[0].attribution!;
        const claim: AttributionClaim = {
          id: `${uri}#attribution@${a.span.start}`,
          kind: "attribution",
          uri,
          span: a.span,
          sentence: sentenceRef,
          attribution: a,
          covers: covered.map((c) => c.id),
        };
        if (!attributionIds.has(claim.id)) {
          attributionIds.add(claim.id);
          claims.push(claim);
        }
      }
      if (sp.person && !sp.pronoun) lastPerson = sp.speaker;
    }
  }

  // a headline's figure is the lede's, shortened: "recalls 412,000 vehicles" over "412,000 vehicles
  // worldwide" is about the whole world, not about nothing in particular
  for (const h of claims) {
    if (h.kind !== "quantity" || h.sentence.start !== usable[0]?.start || h.counted.scope.places.length) continue;
    const body = claims.find((c): c is QuantityClaim => c.kind === "quantity" && c !== h && c.sentence.start !== h.sentence.start && c.value === h.value && c.counted.thing === h.counted.thing && c.unit === h.unit);
    if (body) h.counted.scope.places = body.counted.scope.places;
  }
  const directed = placeLinksOf(usable, namesOf);
  const placesApart = figurePlaces(claims, usable[0]?.start, directed);
  const placeLinks = [...new Set(directed.map(([a, b]) => pairKey(a, b)))].sort();
  const placesWithin = [...new Set(directed.map(([a, b]) => `${a}>${b}`))].sort();

  // "results for the year ended 31 December 2025": a results statement's bare sums and changes are
  // that year's (a comparative, "(2024: £3,960m)", keeps its own role), yet still meet a newspaper's
  // figures that name no year
  const period = reportingYear(text, date);
  if (period) for (const c of claims) if (c.kind === "quantity" && !c.counted.scope.times.length && ACCOUNTS.test(c.counted.thing) && c.counted.role !== "previous") c.counted.scope.period = period;

  markContestedCounts(claims);
  markBreakdowns(claims);
  markTotalsOverPlaces(claims);
  markSeveralTimes(claims);
  markOtherCases(claims, text);

  // quotes, with the speaker of the sentence they stand in
  const quoteClaims = quoteClaimsOf(uri, text, quotes, usable, lines, surnames, namesOf, speakersOf, bodyKey);
  // one by one: spreading a few hundred thousand quotes into push() overflows the call stack
  for (const q of quoteClaims) {
    q.around = aroundFigures;
    claims.push(q);
  }
  claims.sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
  // "the chief executive of Brantek Motors" in an article about Brantek is "the chief executive",
  // unless the article names the same office of two bodies
  const offices = new Map<string, { body: Set<string>; of: Attribution[] }>();
  for (const c of claims) {
    const a = c.kind === "attribution" || c.kind === "quote" || c.kind === "quantity" ? c.attribution : undefined;
    if (!a?.entity || a.entity.startsWith("person:")) continue;
    const split = officeAndBody(a.speaker);
    if (!split) continue;
    const key = nameKey(split.office);
    let o = offices.get(key);
    if (!o) offices.set(key, (o = { body: new Set(), of: [] }));
    o.body.add(nameKey(split.body));
    if (split.subject(aroundFigures)) o.of.push(a);
  }
  for (const [key, o] of offices) if (o.body.size === 1) for (const a of o.of) a.entity = key;

  const source: Source = {
    uri,
    title: meta.title,
    publisher: meta.publisher,
    authors: meta.authors,
    date,
    dateFrom,
    dateConfidence,
    cites: meta.cites,
    boilerplate: boilerplate.map((b) => ({ start: b.start, end: b.end, label: b.label })),
    lineCount: lines.lineCount,
    length: text.length,
  };
  const needsReference = dateFrom === "none" && [...unresolved.values()].some((list) => list.some((d) => d.relative));
  const doc: DocumentAnalysis = { uri, version: ctx.version ?? 0, source, claims, names, aliases, referenceDate: date, sentences: sentences.length, needsReference };
  if (placeLinks.length) doc.placeLinks = placeLinks;
  if (placesApart.length) doc.placesApart = placesApart;
  if (placesWithin.length) doc.placesWithin = placesWithin;
  // only an undated article is read again (when the corpus's date for it moves): keeping the facts
  // of every article would double the memory of a large corpus
  if (!meta.date) textFactsOf.set(doc, facts);
  return doc;
}

/** Does the text write this word in lower case, as a word of its own? */
/**
 * Whether an undated article reads the same against two reference dates: every sentence whose
 * dates are relative resolves them alike. Then its analysis against the new date would equal the
 * old one but for the date itself, and the corpus need not analyse it again.
 */
export function readsAlikeAgainst(doc: DocumentAnalysis, before: string, after: string): boolean {
  const facts = textFactsOf.get(doc);
  if (!facts) return false;
  const [a, b] = [new Date(`${before}T00:00:00Z`), new Date(`${after}T00:00:00Z`)];
  for (const s of facts.usable) {
    if (!facts.unresolved.get(s.index)?.some((d) => d.relative)) continue;
    if (JSON.stringify(extractDates(s.text, a)) !== JSON.stringify(extractDates(s.text, b))) return false;
  }
  return true;
}

/** The words just before a position: patterns anchored at the end need no more, and a whole prefix costs its length. */
function before(text: string, at: number): string {
  return text.slice(Math.max(0, at - 60), at);
}

function readTextFacts(text: string): TextFacts {
  const lines = new LineIndex(text);
  const sentences = splitSentences(text);
  const boilerplate = findBoilerplate(text);
  const meta = readMetadata(text, sentences, boilerplate);
  const quotes = findQuotes(text).filter((q) => !inBoilerplate(boilerplate, q.start, q.end));
  // without a date line, a first pass finds the explicit dates; relative ones wait for a reference
  const unresolved = new Map<number, DateMention[]>();
  // (the dateline kept: with no date line, its day may date the article)
  if (!meta.date) for (const s of sentences) unresolved.set(s.index, extractDates(s.text, undefined));
  const usable = sentences.filter(
    (s) => !inBoilerplate(boilerplate, s.start, s.end) && !(meta.datelineSpan && s.start >= meta.datelineSpan[0] && s.end <= meta.datelineSpan[1]),
  );
  // names and speakers of each sentence, found once: the quote pass needs them too
  const namesOf = new Map<number, NameMention[]>();
  const speakersOf = new Map<number, SpeakerMention[]>();
  // "Authorities said…": a capitalised opener that the article also writes in lower case is a common word
  // (once per word: each answer may scan the whole text)
  const commonWords = new Map<string, boolean>();
  const common = (w: string) => {
    const lower = w.toLowerCase();
    let known = commonWords.get(lower);
    if (known === undefined) commonWords.set(lower, (known = hasLowerCaseWord(text, lower)));
    return known;
  };
  // the quotes that reach into each sentence, swept in text order: never every quote for every sentence
  const byStart = [...quotes].sort((a, b) => a.start - b.start);
  let next = 0;
  let open: QuoteMention[] = [];
  for (const s of usable) {
    while (next < byStart.length && byStart[next].start < s.end) open.push(byStart[next++]);
    open = open.filter((q) => q.end > s.start);
    let found = (isTitleCase(s.text) ? [] : findNames(s.text)).filter((n) => n.start > 0 || n.text.includes(" ") || !common(n.text));
    // "9:05 am Beijing time", "6:35 AM IST": a zone is no name of the story
    const zones = found.length && /\d/.test(s.text) ? extractTimesOfDay(s.text, undefined).filter((t) => t.clock.zone) : [];
    if (zones.length) found = found.filter((n) => !zones.some((t) => n.start < t.end && t.start < n.end));
    namesOf.set(s.index, found);
    speakersOf.set(s.index, findSpeakers(maskQuotes(s.text, s.start, open), found));
  }
  promoteNames(usable, namesOf);
  return { text, lines, sentences, boilerplate, meta, quotes, unresolved, usable, namesOf, speakersOf };
}

const typedKey = (n: NameMention) => nameKey(n.type === "person" ? personCore(n.text) : n.type === "place" ? placeCore(n.text) : n.text);

/**
 * A name the article types once ("in Orlen") is that name wherever the wording gave no sign ("Orlen's
 * mayor", "marched through Orlen"), so that the places an article is about are counted in full. Only
 * "other" is promoted: a name given two real types keeps each mention's own. One pass over the names.
 */
function promoteNames(sentences: Sentence[], namesOf: Map<number, NameMention[]>): void {
  const typed = new Map<string, EntityType | null>();
  let others = false;
  for (const s of sentences) {
    for (const n of namesOf.get(s.index)!) {
      if (n.type === "other") {
        others = true;
        continue;
      }
      const key = typedKey(n);
      const seen = typed.get(key);
      typed.set(key, seen === undefined || seen === n.type ? n.type : null);
    }
  }
  if (!others || !typed.size) return;
  for (const s of sentences) {
    for (const n of namesOf.get(s.index)!) {
      if (n.type !== "other") continue;
      const type = typed.get(nameKey(n.text));
      if (type) n.type = type;
    }
  }
}

function hasLowerCaseWord(text: string, word: string): boolean {
  // ASCII answered by its code (most neighbours are spaces and letters), the rest by the pattern
  const isLetter = (at: number) => {
    if (at < 0 || at >= text.length) return false;
    const c = text.charCodeAt(at);
    return c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : /\p{L}/u.test(text[at]);
  };
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!isLetter(i - 1) && !isLetter(i + word.length)) return true;
  }
  return false;
}

/** A kind of place a report names once and then calls "the province". */
const KIND_WORDS = "province|region|county|district|prefecture|governorate|oblast";
const KIND_AFTER_NAME = new RegExp(`^\\s+(${KIND_WORDS})\\b`, "i");
const KIND_BEFORE_NAME = new RegExp(`\\b(${KIND_WORDS})\\s+of\\s+$`, "i");
const THE_KIND_SOURCE = `\\b(?:in|across|throughout|within)\\s+the\\s+(${KIND_WORDS})\\b(?![’']s|\\s+of\\b)`;
const THE_KIND = new RegExp(THE_KIND_SOURCE, "i");
const THE_KIND_ALL = new RegExp(THE_KIND_SOURCE, "gi");

/**
 * "Nerato province", "the coastal province of Nerato": for each kind of place, the one place of that
 * kind the article names. A kind with two places named ("from Nerato province into Vessa province")
 * has none: "the province" could be either.
 */
function placesByKind(sentences: Sentence[], namesOf: Map<number, NameMention[]>): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const n of namesOf.get(s.index) ?? []) {
      if (n.type !== "place" && n.type !== "other") continue;
      const kind = (KIND_AFTER_NAME.exec(s.text.slice(n.end, n.end + 16)) ?? KIND_BEFORE_NAME.exec(s.text.slice(Math.max(0, n.start - 20), n.start)))?.[1].toLowerCase();
      if (!kind) continue;
      const keys = seen.get(kind) ?? new Set<string>();
      keys.add(nameKey(placeCore(n.text)));
      seen.set(kind, keys);
    }
  }
  return new Map([...seen].filter(([, keys]) => keys.size === 1).map(([kind, keys]) => [kind, [...keys][0]]));
}

/** What a company's accounts give: sums and their changes. */
const ACCOUNTS = /^(?:money|change)(?::|$)/;

/** The places an article names, with how often, most named first (a stable sort: first named first among equals). */
function rankedPlaces(sentences: Sentence[], namesOf: Map<number, NameMention[]>): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const n of namesOf.get(s.index) ?? []) {
      // a dateline says where the report was filed: a firm's results are filed from its home town
      if (n.dateline) continue;
      if (n.type !== "place" && !(n.type === "other" && (LOCATIVE.test(before(s.text, n.start)) || LOCATIVE_ADJECTIVE.test(before(s.text, n.start))))) continue;
      const key = nameKey(placeCore(n.text));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The places an article is mostly about: named at least twice, the three most named. */
function mainPlaces(ranked: [string, number][], minMentions = 2): string[] {
  const out: string[] = [];
  for (const [k, n] of ranked) {
    if (out.length === 3) break;
    if (n >= minMentions) out.push(k);
  }
  return out;
}

/**
 * The names an article keeps coming back to that are no person and no generic body ("Brantek",
 * "Corvella Air"; not "the Board" or "the interior ministry"): named at least twice, the two most
 * named, by their own words ("Brantek Motors" and "Brantek" are one). A report on a company names no
 * place, yet every figure in it is about that company.
 */
/** Words of bodies' names that are no one's own: what a body does, not who it is. */
const GENERIC_WORD = /^(?:health|care|security|safety|energy|water|transport|education|justice|defence|defense|finance|trade|labour|labor|environment|housing|public|national|general|central|federal|regional|royal|united|international|global|cyber|digital|medical|emergency|services?)$/i;
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ians|ans)$/u;

function mainSubjects(text: string, sentences: Sentence[], namesOf: Map<number, NameMention[]>): string[] {
  const counts = new Map<string, number>();
  // a name of its own has a word that is neither an institution's nor written in lower case
  // each answer is a search of the whole text: asked once per word
  const answers = new Map<string, boolean>();
  const own = (w: string) => {
    let a = answers.get(w);
    // a word English writes in lower case ("Health", "Security") is generic even where this article never does
    // ("Unions" is the institutions' word in the plural; "Lestrians" a people, not a firm)
    if (a === undefined) answers.set(w, (a = !ORG_WORDS.test(w) && !ORG_WORDS.test(singular(w)) && !PEOPLE_PLURAL.test(w) && !TITLE_WORDS.has(w.toLowerCase()) && !GENERIC_WORD.test(w) && !hasLowerCaseWord(text, w.toLowerCase())));
    return a;
  };
  for (const s of sentences) {
    for (const n of namesOf.get(s.index) ?? []) {
      // a firm's name is a few words; a longer run of capitals is a headline or a list
      if (n.type === "person" || !/^\p{Lu}/u.test(n.text) || n.text.split(/\s+/, 7).length > 6) continue;
      // keyed by its first own word: "Brantek Motors" and "Brantek", "Calderwick Foods plc" and
      // "Calderwick" are one subject, whatever kind of firm the other words say it is
      const words = placeCore(n.text).split(/\s+/).filter(own);
      if (!words.length) continue;
      const key = nameKey(words[0]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([k]) => k);
}

/** The unit of the last significant digit: "1.9" → 0.1, "2" → 1, "1,200" → 100. */
function precisionOf(digits: string): number {
  const clean = digits.replace(/[,\u202f\u00a0\s]/g, "").replace(/[a-z]+$/i, "");
  const dot = clean.indexOf(".");
  if (dot >= 0) return Math.pow(10, -(clean.length - dot - 1));
  const zeros = /0*$/.exec(clean)![0].length;
  return Math.pow(10, Math.min(zeros, clean.length - 1));
}

function canonicalPerson(name: string, surnames: Map<string, string>): string {
  const core = personCore(name);
  if (!core.includes(" ")) return surnames.get(nameKey(core)) ?? core;
  return core;
}

/** The key of the body an institution speaker names, read in its article ("the Ministry" → "foreign ministri|valdora"). */
type BodyKey = ((s: Sentence, sp: SpeakerMention) => string | undefined) & {
  /**
   * The body an office holder's title names ("the chief forecaster of the national meteorological
   * service" → its key), when what follows "of" is a body; `at` is where the title stands in the text.
   */
  officeOf(who: string, at: number): string | undefined;
};

/** A spokesperson named after whose they are: "a foreign ministry spokesman", "the council's spokeswoman". */
const OWN_SPOKESPERSON = /^((?:(?:a|an|the)\s+)?)(.+?)(?:[’']s)?\s+spokes(?:man|woman|person)$/i;
/** The last word of a body's name or description: "service", "ministry", "Pellona Airways". */
const BODY_NOUN = /\b(?:ministry|court|union|company|firm|airline|carrier|agency|council|commission|bank|department|service|office|authority|board|institute|inspectorate|administration|police|army|military|government|presidency|embassy|operator|regulator|corp|corporation|inc|ltd|plc|group|airways|airlines)\.?$/i;

/**
 * An article's bodies, found when a speaker first asks (most articles quote no ministry, court or
 * firm), and the key of the body each institution speaker names.
 */
function institutionKeys(text: string, sentences: Sentence[], namesOf: Map<number, NameMention[]>): BodyKey {
  let bodies: ArticleBodies | undefined;
  const build = () => {
    // what a capitalised word before a body's noun is: a place, a firm, a people ("Ostrevian") that the
    // article names, an unknown proper word, or a common word ("Foreign", "District")
    const places = new Set<string>();
    const named = new Set<string>();
    for (const s of sentences) {
      for (const n of namesOf.get(s.index) ?? []) {
        if (n.type === "person") continue;
        if (n.type === "place") places.add(nameKey(placeCore(n.text)));
        if (!n.text.includes(" ")) named.add(nameKey(n.text));
      }
    }
    // the names a longer word may extend ("Ostrevian" of "Ostrevia"), listed once, not at every question
    const stems = [...places, ...named].filter((p) => p.length >= 4);
    const ownerOf = (w: string) => {
      const k = nameKey(w);
      if (places.has(k)) return k;
      if (TITLE_WORDS.has(w.toLowerCase()) || isCommonWord(w)) return undefined;
      for (const p of stems) if (k.length > p.length && k.length - p.length <= 3 && k.startsWith(p)) return p;
      return named.has(k) ? k : undefined;
    };
    const mentions = [];
    for (const s of sentences) if (BODY_WORD.test(s.text)) mentions.push(...bodyMentions(s.text, s.start, namesOf.get(s.index) ?? [], ownerOf));
    return new ArticleBodies(text, mentions);
  };
  const officeOf = (who: string, at: number) => {
    const split = officeAndBody(who);
    if (!split || !OFFICE_OF.test(who)) return undefined;
    const body = split.body.replace(/^the\s+/i, "");
    if (!BODY_NOUN.test(body)) return undefined;
    const start = at + who.lastIndexOf(body);
    const key = BODY_WORD.test(body) ? (bodies ??= build()).keyOf(start, start + body.length) : undefined;
    return key ?? nameKey(body);
  };
  const key = (s: Sentence, sp: SpeakerMention) => {
    if (sp.for) {
      // "a spokesperson for the interior ministry" speaks for the ministry: its key; a spokesman for a
      // person or an office holder is not that person, nor anyone else's spokesman
      const whom = s.text.slice(sp.for.start, sp.for.end);
      if (sp.for.person || isRole(whom)) return nameKey(`spokesperson for ${whom}`);
      const key = BODY_WORD.test(whom) ? (bodies ??= build()).keyOf(s.start + sp.for.start, s.start + sp.for.end) : undefined;
      return key ?? nameKey(whom);
    }
    if (sp.person || sp.pronoun) return undefined;
    // "a foreign ministry spokesman", "the council's spokeswoman", "a police spokesperson": the body's own
    // key, as for "a spokesperson for the foreign ministry"; "the minister's spokesman" is no minister
    const own = OWN_SPOKESPERSON.exec(sp.speaker);
    if (own) {
      const whom = own[2];
      if (isRole(whom)) return nameKey(`spokesperson for ${whom}`);
      if (!BODY_NOUN.test(whom)) return undefined;
      const at = s.start + sp.start + own[1].length;
      return (BODY_WORD.test(whom) ? (bodies ??= build()).keyOf(at, at + whom.length) : undefined) ?? nameKey(whom);
    }
    if (!BODY_WORD.test(sp.speaker) || isRole(sp.speaker)) return undefined;
    return (bodies ??= build()).keyOf(s.start + sp.start, s.start + sp.end);
  };
  return Object.assign(key, { officeOf });
}

function resolveSpeaker(sp: SpeakerMention, names: NameMention[], lastPerson: string | undefined, surnames: Map<string, string>): SpeakerMention {
  // "it said" of a figure: no person; the body is looked for only for quotes
  if (sp.pronoun && /^it$/i.test(sp.speaker)) return { ...sp, speaker: "" };
  if (sp.pronoun) {
    // a person named earlier in the same sentence comes first, then the last one before it
    const inSentence = names.filter((n) => n.type === "person" && n.end <= sp.start);
    const who = inSentence.length ? canonicalPerson(inSentence[inSentence.length - 1].text, surnames) : lastPerson;
    return who ? { ...sp, speaker: who, person: true } : { ...sp, speaker: "" };
  }
  if (!sp.speaker.includes(" ") && surnames.has(nameKey(sp.speaker))) return { ...sp, speaker: surnames.get(nameKey(sp.speaker))!, person: true };
  return sp;
}

function attribute(claim: Claim, at: number, speakers: SpeakerMention[], s: Sentence, lines: LineIndex, bodyKey: BodyKey) {
  const usable = speakers.filter((sp) => sp.speaker);
  const before = usable.filter((sp) => sp.at <= at).sort((a, b) => b.at - a.at)[0];
  const after = usable.filter((sp) => sp.at > at).sort((a, b) => a.at - b.at)[0];
  // "Police put the crowd at 45,000, while organisers said 120,000": a clause joined after the first
  // speaker's, with a speaker of its own, is that speaker's
  const rejoined = before && after && CLAUSE_JOINED.test(s.text.slice(before.at, at));
  const sp = rejoined ? after : before ?? after;
  if (!sp) return;
  const a: Attribution = { speaker: sp.speaker, span: lines.span(s.start + sp.start, s.start + sp.end), verb: sp.verb };
  // "claimed", "alleged": the reporting verb itself keeps a distance; "reportedly" in the sentence does too
  const hedge = /^(?:claimed|claims|alleged|asserted|insisted)$/.test(sp.verb) ? sp.verb : claim.hedge;
  if (hedge) a.hedge = hedge;
  if (sp.person) a.entity = `person:${nameKey(sp.speaker)}`;
  else a.entity = bodyKey(s, sp) ?? nameKey(sp.speaker);
  claim.attribution = a;
}

/**
 * What an article's figures say of its places. A headline's figure given again in the body with
 * another place ("All 14 miners rescued in Talmora" over "All 14 miners trapped near Orvin") names one
 * scope twice, at two grains: the two places are linked (added to `links`). Two figures of one kind
 * with different values, each for its own place ("40 people killed across Talmora", "12 killed in
 * Orvin"), make the two places two scopes: returned, as sorted key pairs. Bounded: at most eight
 * places per kind of count. A figure whose sentence names a place and the place it is in ("In Orvin,
 * a town in eastern Talmora, 12 were killed") is the inner place's.
 */
/**
 * Whose a figure is, as a key: "the Conservatives" and "the Conservative Party", "the Greens" and "the
 * Green Party" are one party (the word "party" and a plural dropped).
 */
function ownerKey(owner: string): string {
  const key = nameKey(owner);
  const bare = key.replace(/\s+parti$/, "");
  return bare !== key ? bare : key.replace(/(?<=[a-z]{4})s$/, "");
}

/** The words between a figure and the place that is its own: "of people in", "more in", "residents across the". */
const FIGURE_IN_PLACE = /^\s+(?:(?:of\s+)?[\p{Ll}-]+\s+){0,3}?(?:in|across|inside|throughout)\s+(?:the\s+)?$/u;

function figurePlaces(claims: Claim[], headline: number | undefined, links: [string, string][]): string[] {
  const pair = pairKey;
  const figures = claims.filter((c): c is QuantityClaim => c.kind === "quantity" && !c.partOf);
  for (const h of figures) {
    if (h.sentence.start !== headline || h.counted.scope.places.length !== 1) continue;
    const body = figures.find((c) => c.sentence.start !== headline && c.value === h.value && c.counted.thing === h.counted.thing && c.unit === h.unit);
    if (body?.counted.scope.places.length !== 1 || body.counted.scope.times.some((t) => t.length === 4)) continue;
    const [x, y] = [h.counted.scope.places[0], body.counted.scope.places[0]];
    // the headline names the wider place (the country, for readers abroad), the lede the nearer one
    if (x !== y && x !== "world" && y !== "world" && !links.some(([a, b]) => pair(a, b) === pair(x, y))) links.push([y, x]);
  }
  // "In Orvin, a town in eastern Talmora, 12 were killed": the figure is the inner place's
  const outerOf = new Map<string, Set<string>>();
  for (const [inner, outer] of links) {
    let s = outerOf.get(inner);
    if (!s) outerOf.set(inner, (s = new Set()));
    s.add(outer);
  }
  const scope = (places: string[]) => places.filter((p) => !places.some((q) => outerOf.get(q)?.has(p)));
  for (const c of figures) if (c.counted.scope.places.length > 1) c.counted.scope.places = scope(c.counted.scope.places);
  const byKind = new Map<string, Map<string, Set<number>>>();
  for (const c of figures) {
    const places = c.counted.scope.places;
    // counts add up over places (a town's toll is part of its country's); readings and measures do not
    if (places.length !== 1 || c.sentence.start === headline || c.unit) continue;
    const kind = `${c.counted.thing}|${c.unit ?? ""}|${c.counted.role === "unspecified" ? "present" : c.counted.role}`;
    let ofKind = byKind.get(kind);
    if (!ofKind) byKind.set(kind, (ofKind = new Map()));
    const p = places[0];
    if (!ofKind.has(p) && ofKind.size >= 8) continue;
    let values = ofKind.get(p);
    if (!values) ofKind.set(p, (values = new Set()));
    values.add(c.value);
  }
  const apart = new Set<string>();
  for (const places of byKind.values()) {
    const list = [...places];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [[x, vx], [y, vy]] = [list[i], list[j]];
        if ([...vx].some((v) => !vy.has(v)) || [...vy].some((v) => !vx.has(v))) apart.add(pair(x, y));
      }
  }
  return [...apart].sort();
}

/** "of the company", "of the firm": the one body of its kind the article is about. */
const SUBJECT_BODY = /^(?:the\s+)?(?:company|firm|carmaker|automaker|manufacturer|group|airline|carrier|bank|operator|retailer|insurer|lender|business)$/i;
const OFFICE_OF = /^(.+?)\s+of\s+(.+)$/;
const OWNER_OFFICE = /^(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})[’']s\s+(.+)$/u;

/**
 * An office named with the body it belongs to, when that body is what the article is about (`around`,
 * which counts a firm by its own words: "Brantek" for "Brantek Motors"), or "the company": the office
 * alone ("chief executive"), so that it is one speaker with the article's bare "the chief executive"
 * and another article's. An office of a part of the body ("head of the company's North American
 * operations") or of another body keeps its full name, and so does every mention of an office the
 * article names with two bodies ("the chief executive of Brantek", "the chief executive of Orlan Bank").
 */
function officeAndBody(speaker: string): { office: string; body: string; subject: (around: string[]) => boolean } | undefined {
  const m = OFFICE_OF.exec(speaker);
  const p = m ? undefined : OWNER_OFFICE.exec(speaker);
  const [office, body] = m ? [m[1], m[2]] : p ? [p[2], p[1]] : [];
  if (!office || !body || !isRole(office) || OFFICE_OF.test(office)) return undefined;
  const subject = (around: string[]) => {
    if (SUBJECT_BODY.test(body)) return true;
    const words = body.replace(/^the\s+/i, "").split(/\s+/);
    if (!words.every((w) => /^\p{Lu}/u.test(w))) return false;
    const keys = [nameKey(words.join(" ")), nameKey(words[0])];
    return around.some((k) => keys.includes(k));
  };
  return { office, body, subject };
}

function quantityClaim(uri: string, q: QuantityMention, s: Sentence, lines: LineIndex, options: AnalysisOptions, places: string[], times: string[], around: string[]): QuantityClaim {
  const start = s.start + q.start;
  // a figure with a unit is as round as it is written: "£512m" is given to the million, "£1,200m" rounded
  const written = Number(q.digits.replace(/[,\u202f\u00a0\s]/g, "").replace(/[a-z]+$/i, ""));
  const scale = q.unit && written > 0 && Number.isFinite(written) ? Math.abs(q.value) / written : 1;
  const round = trailingZeros(q.unit && scale !== 1 ? written : Math.abs(q.value)) >= 2;
  const approximate = q.effect?.type === "approx" || q.vague || (q.effect?.type === "below" && !!q.effect.near);
  // Figures are compared in base units; a measure stated bare is as precise as its last digit
  // ("2 km" is 1.5–2.5 km, "1.2 miles" 1.15–1.25 miles), which is how a unit conversion rounds.
  const f = q.factor;
  const base = (v: number) => (v + q.offset) * f;
  let interval = toleratedInterval(base(q.low), base(q.high), q.effect, options.tolerance, round);
  if (q.unit && !q.effect) {
    // a sum with a scale word is given to its last written digit when it has decimals ("£4.2bn" is
    // 4.15–4.25 billion); in whole millions it is exact ("€20 million" and "€21 million" differ)
    const half = q.dimension === "money" && scale !== 1 && !q.digits.includes(".") ? 0 : (precisionOf(q.digits) * scale) / 2;
    interval = { low: Math.min(interval.low, base(q.low - half)), high: Math.max(interval.high, base(q.high + half)) };
  }
  let stated = statedInterval(base(q.low), base(q.high), q.effect);
  // a fall is a negative change ("fell about 3%"): the bounds in order
  if (interval.low > interval.high) interval = { ...interval, low: interval.high, high: interval.low };
  // a headline's count is a running toll ("three dead"): at least that many, not exactly
  if (s.index === 0 && !q.effect && !q.unit && q.role === "killed") {
    interval = { low: q.low, high: Infinity };
    stated = { low: q.low, high: Infinity };
  }
  const claim: QuantityClaim = {
    id: `${uri}#quantity@${start}`,
    kind: "quantity",
    uri,
    span: lines.span(start, s.start + q.end),
    sentence: { start: s.start, end: s.end, text: s.text },
    value: q.value,
    interval,
    stated,
    qualifier: q.qualifier,
    approximate,
    unit: q.unit,
    counted: {
      noun: q.noun,
      thing: q.thing,
      modifiers: q.modifiers,
      proper: q.properModifiers,
      owner: q.owner ? ownerKey(q.owner) : undefined,
      role: q.role,
      // a distance's place is the one it is measured from: the place it locates is in its thing
      scope: { places: q.reference ? [q.reference] : [...new Set(places)], times: [...new Set(times)], around },
    },
    display: "",
  };
  if (RISEN_TO.test(s.text.slice(Math.max(0, q.start - 40), q.start))) claim.update = true;
  claim.display = formatQuantity(claim, f, q.offset) + (q.unit && q.dimension !== "money" && q.unit !== "%" ? ` ${q.unit}` : "");
  return claim;
}

const WORLDWIDE = /\b(?:worldwide|world-wide|around the world|across the world|around the globe|across the globe|globally)\b/i;
const WORD = /[\p{L}]+/gu;
const EARLIER = /^(?:last|previous|prior|preceding)$/i;
/** Words that turn a report to another happening of the kind: "another similar accident", "earlier this month", "a week before". */
/** Exported with its prefilter for their tests. */
export const OTHER_HAPPENING =
  /\b(?:(?:another|a\s+similar|a\s+separate|an\s+earlier|a\s+previous|a\s+prior)\s+(?:(?:similar|deadly|fatal|major)\s+)?(?:incident|accident|crash|derailment|collision|attack|shooting|explosion|blast|fire|disaster|tragedy|mishap)|earlier\s+this\s+(?:week|month|year)|(?:\d+|a|two|three|four|five|six|ten|\w+teen)\s+(?:days|weeks|months|week|month)\s+(?:earlier|before)\b(?!\s+(?:the|it|this)\b))/i;
/**
 * A word every match of OTHER_HAPPENING holds (its noun, "earlier" or "before"), with the same flags:
 * asked first, since the pattern's "\w+teen" is tried at every word of every sentence.
 */
export const OTHER_HAPPENING_WORD = /earlier|before|incident|accident|crash|derailment|collision|attack|shooting|explosion|blast|fire|disaster|tragedy|mishap/i;
const TIME_NOUN = /^(?:week|weekend|month|year|night|time|day|summer|winter|spring|autumn|fall|season|century|decade)$/i;

/** Nothing but an opening mark before it in the sentence, or a wire dateline's dash: a capital there says nothing. */
const OPENS_SENTENCE = /(?:^|\s[—–-])\s*["“‘(]?$/;

/** What the dates of one sentence share: its happening words and, per kind of happening, its participants. */
interface DateContext {
  /** The names that may take part (a wire dateline's are left out). */
  names: NameMention[];
  words?: EventWord[];
  participants: Map<boolean, string[]>;
  /** All dates of the sentence: a happening word belongs to the one nearest to it. */
  dates: DateMention[];
  /** The article tells of a fire or a flood that lasts days (a wildfire, floodwaters), not of a blaze at a plant. */
  lasting: boolean;
}

/** A word naming a happening, at its position in the sentence (`length` is its first word's). */
interface EventWord {
  cls: string;
  pos: number;
  length: number;
}

/** The happening words of a sentence, once for all of its dates: finding them is linear in the sentence. */
function eventWordsOf(text: string): EventWord[] {
  const words = [...text.matchAll(WORD)];
  const out: EventWord[] = [];
  // a labour strike: the noun dates nothing, the verb that starts it dates a walkout
  const strikes = /\bstrikes?\b/i.test(text) ? labourStrikes(words, text) : [];
  const measured = MEASURE.test(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // "recorded a temperature of 46.3C on Tuesday", "a gust of 187 km/h was measured": the day of a reading
    if (measured && READING_VERB.test(w[0])) {
      out.push({ cls: "reading", pos: w.index!, length: w[0].length });
      continue;
    }
    const strike = strikes.length ? strikes.find((s) => s.noun === i || s.start === i) : undefined;
    if (strike) {
      if (strike.start === i) out.push({ cls: "walkout", pos: w.index!, length: w[0].length });
      continue;
    }
    // two-word happenings first ("broke out", "went down")
    const pair = words[i + 1] && words[i + 1].index === w.index! + w[0].length + 1 && opensPair(w[0]) ? eventClass(`${w[0]} ${words[i + 1][0]}`) : undefined;
    const own = pair ? undefined : eventClass(w[0]);
    if (!pair && own === undefined && !classedByContext(w[0])) continue;
    const after = (n: number) => words.slice(i + n, i + n + 3).map((x) => x[0].toLowerCase());
    const cls = pair ? classInContext(pair, `${w[0]} ${words[i + 1][0]}`, after(2), "", text.slice(Math.max(0, w.index! - 80), w.index!)) : classInContext(own, w[0], after(1), text.slice(w.index! + w[0].length, w.index! + w[0].length + 60), text.slice(Math.max(0, w.index! - 80), w.index!));
    if (!cls) continue;
    // "digging through collapsed buildings", "flooded streets": a participle before a noun describes
    // the noun; it dates nothing
    const next = words[i + 1];
    if (!pair && /ed$/i.test(w[0]) && NOUN_OPENER.test(words[i - 1]?.[0] ?? "") && next && next.index === w.index! + w[0].length + 1 && PLURAL_NOUN.test(next[0]) && !STOP_WORDS.has(next[0].toLowerCase())) continue;
    // "the last vote in 2015", "the previous general election": an earlier happening of the kind
    // ("floods last week killed…" is this one: "last week" is a time, not a kind of vote)
    if (EARLIER.test(words[i - 1]?.[0] ?? "") || (EARLIER.test(words[i - 2]?.[0] ?? "") && !TIME_NOUN.test(words[i - 1][0]) && w.index! - words[i - 2].index! < 30)) continue;
    // "the fire started", "the Alder Creek Fire, which began": the onset of a disaster that may last
    // days, a family of its own ("by Tuesday the fire had burned…" dates no start; "a fire broke out"
    // stays a happening, compared with the fire's other dates as before)
    const onset = cls === "begin" ? disasterBefore(words, i) : undefined;
    // (a pair's length is both words': "the first case was confirmed on" is read from "case")
    out.push({ cls: onset ? "onset" : cls, pos: w.index!, length: pair ? words[i + 1].index! + words[i + 1][0].length - w.index! : w[0].length });
  }
  return out;
}

/** A measurement in a unit of weather or of height: what a reading is a reading of. */
const MEASURE = /\d(?:[.,]\d+)?\s*(?:°\s*[CF]?|[CF]\b|degrees\b|mm\b|millimet(?:re|er)s\b|cm\b|centimet(?:re|er)s\b|inches\b|km\/h\b|kph\b|mph\b|knots\b)/i;
/** Verbs that take a reading ("recorded", "measured") or say a reading came to a level ("reached 115F"). */
const READING_VERB = /^(?:recorded|measured|registered|reached|hit|peaked|topped|logged)$/i;

/** Whether a starting verb is said of a disaster: its noun among the few words before it, within the clause. */
const DISASTER_NOUN = /^(?:fire|blaze|wildfire|bushfire|flood|floods|flooding|earthquake|quake|tremor)$/i;
/** Words of a fire or a flood that goes on for days. */
const LASTING_DISASTER = /\b(?:wildfires?|bushfires?|forest fires?|grass fires?|hectares|acres|floodwaters|flooding|floods)\b/i;
/** Disasters that last days, unlike a quake: a day named with their noun may be any day of them. */
const LASTING_NOUN = /^(?:fire|blaze|wildfire|bushfire|flood|floods|flooding)$/i;
/** A verb between a disaster's noun and a day: the day is of what the verb tells. */
const VERB_BETWEEN = /\b(?:\p{L}+ed|\p{L}{3,}ing|was|were|is|are|has|had|have|rose|drew|grew|spread|burnt|kept|made|left|fell|took|went|came|ran)\b/iu;

function disasterBefore(words: RegExpMatchArray[], i: number): string | undefined {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    const cls = eventClass(words[j][0]);
    if (cls === "fire" || cls === "flood" || cls === "earthquake") return DISASTER_NOUN.test(words[j][0]) ? cls : undefined;
    if (/^(?:after|before|since|as|when|while|until|following)$/i.test(words[j][0])) return undefined;
  }
  return undefined;
}

/** Characters between a word and a date. */
function gap(pos: number, length: number, d: DateMention): number {
  return pos < d.start ? d.start - pos - length : pos - d.end;
}

/**
 * Who a release freed, when the sentence names one side only: hostages and the prisoners freed for
 * them are set free on different days of one exchange ("the hostages were released on Sunday", "90
 * prisoners were released early on Monday"). A sentence naming both tells of the exchange as a whole.
 */
function releasedKind(sentence: string): string[] {
  // marked apart from the participants: it only ever keeps two dates apart (see `relateDates`)
  const hostages = /\bhostages?\b/i.test(sentence);
  const prisoners = /\b(?:prisoners?|detainees?)\b/i.test(sentence);
  return hostages === prisoners ? [] : [hostages ? `${FREED}hostages` : `${FREED}prisoners`];
}

/**
 * From a happening's noun to a clause that makes it known: ", which the health ministry ", ", ", " in
 * the province, which ".
 */
const HUNG_ON = /^(?:\s+(?:in|at|near|of)\s+(?:[\p{L}’'.-]+\s+){0,2}[\p{L}’'.-]+)?\s*,\s*(?:which\s+(?:[\p{L}’'.-]+\s+){0,4})?$/u;
/**
 * "the outbreak, which the ministry declared on Monday", "the outbreak, declared by the ministry on
 * Monday": a clause that makes a happening known, hung on the happening's noun, dates the happening,
 * as "the ministry declared the outbreak on Monday" does. A reporting clause set off by commas ("the
 * outbreak, the ministry said on Monday, has…") is no such clause: the verb must follow "which", or be
 * a participle right after the comma.
 */
function announcedHappening(words: EventWord[], text: string, d: DateMention): string | undefined {
  for (let k = 1; k < words.length; k++) {
    const verb = words[k];
    if (verb.cls !== "announce" || verb.pos > d.start) continue;
    const toDate = text.slice(verb.pos + verb.length, d.start);
    if (/[,;:]/.test(toDate) || toDate.trim().split(/\s+/).length > 4) continue;
    const noun = words[k - 1];
    if (noun.cls === "announce" || noun.cls === "first") continue;
    const between = text.slice(noun.pos + noun.length, verb.pos);
    if (!HUNG_ON.test(between)) continue;
    if (!between.includes("which") && !/ed$/i.test(text.slice(verb.pos, verb.pos + verb.length))) continue;
    return noun.cls;
  }
  return undefined;
}

/**
 * A day a happening was meant for: "was (due|scheduled) to take place", "were to exchange prisoners",
 * "had been planned for".
 */
const MEANT_FOR_BEFORE =
  /\b(?:was|were|had\s+been)\s+(?:(?:due|supposed|meant|scheduled|set|planned|slated)\s+)?to\s+(?:have\s+)?[\p{L}-]+(?:\s+[\p{L}’'-]+){0,3}?\s+(?:on\s+|in\s+)?$|\b(?:was|were|had\s+been)\s+(?:originally\s+)?(?:scheduled|planned|slated|set|due|pencilled|penciled)\s+(?:for\s+)?$/iu;
/** "carrying prisoners for last week's swap", "buses bound for Sunday's rally": what a journey was for. */
const JOURNEY_FOR_BEFORE = /\b(?:carrying|transporting|ferrying|bound|heading|headed|flying|taking)\b[^,;.]{0,40}\bfor\s+$/i;
function planned(sentence: string, d: DateMention): boolean {
  const before = sentence.slice(Math.max(0, d.start - 80), d.start);
  return MEANT_FOR_BEFORE.test(before) || (JOURNEY_FOR_BEFORE.test(before) && /^['’]s\s/.test(sentence.slice(d.end, d.end + 3)));
}

function dateClaim(uri: string, d: DateMention, s: Sentence, lines: LineIndex, confidence: number, context: DateContext, around: string[], subjects: string[]): DateClaim {
  const start = s.start + d.start;
  // what happened then: the event word nearest the date, within its clause; a reporting verb wins only
  // right before the date ("said on Friday"), else the happening does ("burst its banks on Sunday")
  let best: { cls: string; dist: number } | undefined;
  let announce: { cls: string; dist: number; before: boolean } | undefined;
  let joined: { cls: string; dist: number } | undefined;
  for (const { cls, pos, length } of (context.words ??= eventWordsOf(s.text))) {
    const between = pos < d.start ? s.text.slice(pos + length, d.start) : s.text.slice(d.end, pos);
    if (/[;:]|\band\s+(?:was|were|is|had|has)\b|,\s*(?:which|who|where|while)\b/.test(between)) continue;
    // "walked out on Monday after talks collapsed": a clause after the date that says what came
    // before or after it tells of another happening
    if (pos > d.end && /^\W*(?:\w+\s+){0,2}(?:after|before|following|until|since)\b/i.test(between)) continue;
    // a name is one word however many it has ("near the port city of Port Verrin shortly before 3 a.m.")
    const words = between.trim().replace(NAME_RUN, "N");
    const dist = words ? words.split(/\s+/).length : 0;
    // "On Wednesday, 16 September, with the mediation of …, an exchange … took place": a date that opens
    // the sentence dates its main clause, further on
    const opening = pos > d.end && /^\s*(?:on\s+)?$/i.test(s.text.slice(0, d.start)) && /^\s*,/.test(between);
    if (dist > (opening ? 16 : 8)) continue;
    // a fire or a flood lasts days: its noun dates only the day that follows it in its own phrase ("a
    // fire at a plant near the town on Monday"), not a day of what went on around it ("smoke from the
    // fire drifted east on Tuesday", "crews spent Monday night along the fire's edge")
    if (context.lasting && LASTING_NOUN.test(s.text.slice(pos, pos + length)) && (pos > d.start || VERB_BETWEEN.test(between))) continue;
    // "on Tuesday, the fifth day of a strike that began last Thursday": "began" is Thursday's
    if (context.dates.length > 1 && context.dates.some((o) => o !== d && gap(pos, length, o) < between.length)) continue;
    if (cls === "announce") {
      if (!announce || dist < announce.dist) announce = { cls, dist, before: pos < d.start };
    } else if (pos > d.end && /^\s*and\s+$/i.test(between)) {
      // "the eruption started at about 4:20 a.m. and sent ash …": the verb after "and" opens the
      // next clause; it dates the time only when no happening stands before it
      if (!joined || dist < joined.dist) joined = { cls, dist };
    } else if (!best || dist < best.dist) best = { cls, dist };
  }
  if (!best && joined) best = joined;
  if (announce && (!best || (announce.before && announce.dist <= 1 && best.cls !== "first"))) best = announce;
  const known = announce && announcedHappening(context.words, s.text, d);
  if (known) best = { cls: known, dist: 0 };
  if (d.event) best = { cls: d.event, dist: 0 };
  // "the exchange was to take place last week, but…", "a plane carrying prisoners for last week's
  // swap": the day a happening was meant for, which a report gives when it did not happen then
  if (best && planned(s.text, d)) best = undefined;
  // a disaster is local: the places the article is about count among its participants
  const local = !!best && isLocal(best.cls);
  let participants = context.participants.get(local);
  if (!participants) {
    participants = [
      ...new Set([
        // a disaster is placed by where it hit; a war or a capture by who took part
        ...context.names
          .filter((n) => (local ? n.type === "place" || FIRE_NAME.test(n.text) || (n.type === "other" && !n.text.includes(" ") && !OPENS_SENTENCE.test(s.text.slice(0, n.start))) : n.type !== "other" || n.text.includes(" ")))
          // "the Alder Creek Fire" is the fire at Alder Creek: named by its place
          // "the State of Almera", "the Republic of Drevania" take part as Almera and Drevania
          .map((n) => nameKey(n.type === "place" || FIRE_NAME.test(n.text) ? placeCore(n.text) : STATE_NAMED.test(n.text) ? placeCore(n.text.replace(STATE_NAMED, "")) : n.text)),
        ...(local ? around : []),
      ]),
    ];
    context.participants.set(local, participants);
  }
  // an investigation into one thing is opened once: what the article is about takes part, so that a
  // sentence naming no one meets another report's opening ("regulators opened an investigation")
  // (its places, or the firm or body it keeps naming)
  if (best?.cls === "inquiry") participants = [...new Set([...participants, ...subjects])];
  const claim: DateClaim = {
    id: `${uri}#date@${start}`,
    kind: "date",
    uri,
    span: lines.span(start, s.start + d.end),
    sentence: { start: s.start, end: s.end, text: s.text },
    resolved: d.resolved,
    relative: d.relative,
    confidence: !d.relative ? 1 : d.weekdayFixed ? Math.max(confidence, 0.9) : confidence,
    time: d.time,
    // a time alone takes the sentence's one day ("On Tuesday, the quake struck at 9:05 am Beijing time")
    ...(d.clock ? { clock: settle(d.clock, dayOf(d) ?? soleDay(context.dates)) } : {}),
    event: best ? [best.cls, ...participants, ...(best.cls === "release" ? releasedKind(s.text) : [])] : [],
    display: "",
  };
  claim.display = formatDate(claim);
  return claim;
}

/**
 * "The first tremor struck at 9:05 am and a second at 11:20 am": an article that gives two times, a
 * moment apart, for one kind of happening tells of several, and none of its times is the one another
 * report gives.
 */
function markSeveralTimes(claims: Claim[]): void {
  const timed = claims.filter((c): c is DateClaim => c.kind === "date" && !!c.clock);
  // a timetable, not a report of one moment: none of its times is compared (and the pairs stay few)
  if (timed.length > 60) for (const t of timed) t.clock!.several = true;
  if (timed.length > 60) return;
  for (let i = 0; i < timed.length; i++)
    for (let j = i + 1; j < timed.length; j++) {
      const [a, b] = [timed[i], timed[j]];
      // "the first quake struck at 9:05 am and a second at 11:20 am": one sentence, whatever the second's words
      if (a.sentence.start !== b.sentence.start && (!a.event[0] || !b.event[0] || eventFamily(a.event[0]) !== eventFamily(b.event[0]))) continue;
      if (clockGap(a.clock!, b.clock!)?.apart) a.clock!.several = b.clock!.several = true;
    }
}

const dayOf = (d: DateMention) => (d.resolved?.granularity === "day" ? d.resolved.start : undefined);
function soleDay(dates: DateMention[]): string | undefined {
  const days = [...new Set(dates.map(dayOf).filter((x) => x !== undefined))];
  return days.length === 1 ? days[0] : undefined;
}

/** "its leader", "their spokesperson": an office of a body named before. */
const POSSESSIVE_OFFICE = /^(?:its|their)\s+(?=\p{L})/iu;

/** The name of a body or party that opens a sentence as its subject ("The Reform Alliance said …"). */
function openingBody(s: Sentence, namesOf: Map<number, NameMention[]>): string | undefined {
  const first = (namesOf.get(s.index) ?? []).find((n) => n.start <= 4 && /^(?:The\s+)?$/.test(s.text.slice(0, n.start)));
  // a name of two words or more ("the Reform Alliance") or an acronym; "Voters" opening a sentence is none
  const named = first && first.type !== "person" && first.type !== "place" ? first.text.replace(/^The\s+/, "") : undefined;
  return named && (/\s/.test(named) || /^\p{Lu}{2,}$/u.test(named)) ? named : undefined;
}

function quoteClaimsOf(
  uri: string,
  text: string,
  quotes: QuoteMention[],
  sentences: Sentence[],
  lines: LineIndex,
  surnames: Map<string, string>,
  namesOf: Map<number, NameMention[]>,
  sentenceSpeakers: Map<number, SpeakerMention[]>,
  bodyKey: BodyKey,
): QuoteClaim[] {
  const out: QuoteClaim[] = [];
  let lastQuoteSpeaker: { a: Attribution; paragraph: number } | undefined;
  const personsBefore: { at: number; who: string }[] = [];
  for (const s of sentences) {
    for (const n of namesOf.get(s.index) ?? []) if (n.type === "person" || (!n.text.includes(" ") && surnames.has(nameKey(n.text)))) personsBefore.push({ at: s.start + n.start, who: canonicalPerson(n.text, surnames) });
  }
  const lastPersonBefore = (at: number) => lastBefore(personsBefore, at);
  // office holders named by title, for a "he" or "she" when the article names no person; found
  // when the first such pronoun asks, as most articles never do
  let rolesBefore: { at: number; who: string }[] | undefined;
  const officeHolders = () => {
    const found: { at: number; who: string }[] = [];
    for (const s of sentences) {
      const subject = roleSubject(s.text);
      if (subject) found.push({ at: s.start + subject.start, who: subject.speaker });
      for (const sp of sentenceSpeakers.get(s.index) ?? []) if (!sp.pronoun && isRole(sp.speaker)) found.push({ at: s.start + sp.start, who: sp.speaker });
    }
    return found.sort((a, b) => a.at - b.at);
  };
  const lastRoleBefore = (at: number) => lastEntryBefore((rolesBefore ??= officeHolders()), at);
  const sentenceAt = (at: number) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = sentences[lo];
    return s && at >= s.start && at < s.end ? s : undefined;
  };
  for (const q of quotes) {
    const given = sentenceAt(q.start);
    if (!given) continue;
    // the sentence that names the speaker: "“We are racing against the cold. Every hour counts,” the
    // governor said" credits a quote of several sentences in the sentence where it ends
    let s = given;
    let speakers = (sentenceSpeakers.get(s.index) ?? []).filter((sp) => sp.speaker);
    const last = speakers.length ? undefined : sentenceAt(q.end - 1);
    if (last && last !== s) {
      const after = (sentenceSpeakers.get(last.index) ?? []).filter((sp) => sp.speaker && last.start + sp.start >= q.end);
      if (after.length) [s, speakers] = [last, after];
    }
    // "Speaking outside Downing Street the outgoing prime minister said:" and, below it, the quotation
    // alone: the speaker is the one of the sentence the colon ends
    if (!speakers.length && !s.text.slice(0, q.start - s.start).trim().replace(/^[“"‘']$/, "")) {
      const prev = sentences[sentences.indexOf(s) - 1];
      const introduced = prev && prev.text.trimEnd().endsWith(":") ? (sentenceSpeakers.get(prev.index) ?? []).filter((sp) => sp.speaker) : [];
      if (introduced.length) [s, speakers] = [prev, introduced];
    }
    const qs = q.start - s.start;
    // nearest reporting verb to the quote, before or after it
    const sp = speakers.sort((a, b) => Math.abs(a.at - qs) - Math.abs(b.at - qs))[0];
    let attribution: Attribution | undefined;
    let subject: ReturnType<typeof roleSubject>;
    // "The Drevanian foreign ministry struck a warmer tone. “…,” it said": the body that opens the
    // sentence, or the one before it; none when neither opens with a body
    let it: { speaker: string; start: number; s: Sentence } | undefined;
    if (sp?.pronoun && /^it$/i.test(sp.speaker)) {
      const prev = sentences[sentences.indexOf(s) - 1];
      const here = bodySubject(s.text);
      const there = prev && prev.paragraph === s.paragraph ? bodySubject(prev.text) : undefined;
      if (here && here.start < qs) it = { ...here, s };
      else if (there) it = { ...there, s: prev };
    }
    if (sp?.pronoun && /^it$/i.test(sp.speaker)) {
      if (it) {
        const at = it.s.start + it.start;
        const asSpeaker: SpeakerMention = { speaker: it.speaker, start: it.start, end: it.start + it.speaker.length, verb: sp.verb, at: sp.at, pronoun: false, person: false };
        attribution = { speaker: it.speaker, span: lines.span(at, at + it.speaker.length), verb: sp.verb, entity: bodyKey(it.s, asSpeaker) ?? nameKey(it.speaker) };
      }
    } else if (sp) {
      let who = sp.speaker;
      let whoAt = s.start + sp.start;
      let person = sp.person;
      if (sp.pronoun) {
        who = lastPersonBefore(s.start + sp.start) ?? "";
        person = true;
        const role = who ? undefined : lastRoleBefore(s.start + sp.start);
        if (role) {
          who = role.who;
          whoAt = role.at;
          person = false;
        }
      } else if (!who.includes(" ") && surnames.has(nameKey(who))) {
        who = surnames.get(nameKey(who))!;
        person = true;
      } else if (POSSESSIVE_OFFICE.test(who)) {
        // "The Reform Alliance said it would not appeal. “…,” its leader said": the leader of the body
        // that opens the sentence or the one before it in the paragraph; no one when neither does
        const prev = sentences[sentences.indexOf(s) - 1];
        const body = openingBody(s, namesOf) ?? (prev && prev.paragraph === s.paragraph ? openingBody(prev, namesOf) : undefined);
        who = body ? `${who.replace(POSSESSIVE_OFFICE, "")} of the ${body}` : "";
        if (who) {
          const entity = bodyKey(s, { ...sp, speaker: who }) || nameKey(who);
          attribution = { speaker: who, span: lines.span(s.start + sp.start, s.start + sp.end), verb: sp.verb, entity };
        }
      }
      const entity = person ? `person:${nameKey(who)}` : (who === sp.speaker && bodyKey(s, sp)) || nameKey(who);
      if (who && !attribution) attribution = { speaker: who, span: lines.span(s.start + sp.start, s.start + sp.end), verb: sp.verb, entity };
      // "the chief forecaster of the meteorological service": an officer speaks for the body
      const body = attribution && !person && !sp.for ? bodyKey.officeOf(who, whoAt) : undefined;
      if (attribution && body) attribution.body = body;
    } else if (COLON_BEFORE.test(s.text.slice(0, qs)) && (subject = roleSubject(s.text))) {
      // "The leader of the opposition addressed the crowd: “…”": the office holder the sentence is about
      const at = s.start + subject.start;
      attribution = { speaker: subject.speaker, span: lines.span(at, at + subject.speaker.length), verb: ":", entity: nameKey(subject.speaker) };
      const body = bodyKey.officeOf(subject.speaker, at);
      if (body) attribution.body = body;
    } else if (lastQuoteSpeaker && lastQuoteSpeaker.paragraph === s.paragraph) {
      attribution = lastQuoteSpeaker.a;
    }
    if (attribution) lastQuoteSpeaker = { a: attribution, paragraph: s.paragraph };
    out.push(makeQuote(uri, q, given, lines, attribution));
  }
  // a statement set off after a colon: "He shared the following statement:" then an unquoted paragraph
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i];
    if (!s.text.endsWith(":") || !STATEMENT_INTRO.test(s.text)) continue;
    const next = sentences[i + 1];
    if (quotes.some((q) => q.start >= next.start && q.start < next.end)) continue;
    const speakers = (sentenceSpeakers.get(s.index) ?? []).filter((sp) => sp.speaker);
    let who = speakers[0]?.pronoun ? lastPersonBefore(s.start) : speakers[0]?.speaker;
    let person = speakers[0] ? speakers[0].person || speakers[0].pronoun : true;
    if (!who) {
      // "He shared the following statement": the subject pronoun stands at the start
      if (/^(?:he|she)\b/i.test(s.text)) who = lastPersonBefore(s.start);
    }
    if (who && !who.includes(" ") && surnames.has(nameKey(who))) {
      who = surnames.get(nameKey(who));
      person = true;
    }
    if (!who) continue;
    // the block runs over the sentences of the next paragraph
    let last = i + 1;
    while (last + 1 < sentences.length && sentences[last + 1].paragraph === next.paragraph) last++;
    const end = sentences[last].end;
    const q: QuoteMention = { start: next.start, end, text: text.slice(next.start, end), form: "block" };
    const sp = speakers[0];
    const span = sp ? lines.span(s.start + sp.start, s.start + sp.end) : lines.span(s.start, s.start + 2);
    const entity = person ? `person:${nameKey(who)}` : (sp && who === sp.speaker && bodyKey(s, sp)) || nameKey(who);
    out.push(makeQuote(uri, q, next, lines, { speaker: who, span, verb: sp?.verb ?? "statement", entity }));
  }
  return out;
}

/**
 * "Police put the crowd at 45,000, while organisers said 120,000": an article that gives two sides'
 * different counts of one thing reports a contested count. Each of its counts of that thing is
 * marked with its side (the reporter's own "tens of thousands" with none), so that across articles
 * it meets only the same side's count. One pass, grouped by what is counted.
 */
function markContestedCounts(claims: Claim[]): void {
  const groups = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    if (c.kind !== "quantity" || c.partOf) continue;
    const key = `${c.counted.thing}|${roleFamily(c.counted.role)}|${c.unit ?? ""}|${c.counted.scope.times.filter((t) => t.length === 4).join(",")}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const g of groups.values()) {
    if (g.length < 2 || g.length > 12) continue;
    const sides = new Map<string, QuantityClaim>();
    for (const c of g) if (c.attribution) sides.set(sourceKey(c.attribution.speaker), c);
    const given = [...sides.values()];
    // (counts of two places, "412 cases in the province" and "15 cases" in the neighbouring country, are no contest)
    const placesApart = (x: QuantityClaim, y: QuantityClaim) => x.counted.scope.places.length > 0 && y.counted.scope.places.length > 0 && !x.counted.scope.places.some((p) => y.counted.scope.places.includes(p));
    const contested = given.some((x, i) => given.some((y, j) => j > i && sourceKey(x.attribution!.speaker) !== sourceKey(y.attribution!.speaker) && !overlaps(x.interval, y.interval) && !placesApart(x, y)));
    if (!contested) continue;
    for (const c of g) c.counted.side = c.attribution ? sourceKey(c.attribution.speaker) : "";
  }
}

/**
 * "13,696 single residences, 276 multiple residences and 528 commercial properties were destroyed": a
 * sentence that counts one kind of thing two or more times, each count with modifiers the others lack,
 * gives a breakdown by kind (`Counted.breakdown`); each row is a kind's count, not the whole's.
 */
function markBreakdowns(claims: Claim[]): void {
  const bySentence = new Map<string, QuantityClaim[]>();
  for (const c of claims) {
    if (c.kind !== "quantity" || c.partOf || c.unit || !c.counted.modifiers.length) continue;
    const k = `${c.sentence.start}|${c.counted.thing}`;
    const g = bySentence.get(k);
    if (g) g.push(c);
    else bySentence.set(k, [c]);
  }
  for (const g of bySentence.values()) {
    if (g.length < 2) continue;
    const disjoint = g.every((x, i) => g.every((y, j) => j <= i || !x.counted.modifiers.some((m) => y.counted.modifiers.includes(m))));
    if (!disjoint) continue;
    // "destroyed 13,696 single residences, 276 multiple residences and 528 commercial properties": the
    // verb before the first row is every row's
    const roles = new Set(g.map((c) => c.counted.role).filter((r) => r !== DEFAULT_ROLE));
    // "left 23 people dead and 15 others injured": two things that befell them, not two kinds
    if (roles.size > 1) continue;
    const [first] = roles;
    if (roles.size === 1 && g[0].counted.role === first) for (const c of g) if (c.counted.role === DEFAULT_ROLE) c.counted.role = first;
    for (const c of g) c.counted.breakdown = true;
  }
}

/**
 * "At least three deaths have been linked to the storm … two people were killed in Wheeler County": a
 * figure named with no place, larger than the article's own count of the same things in a place, is a
 * total over that place and others, not the place's count (`Counted.besides`). One pass, by what is counted.
 */
const overlapping = (a: QuantityClaim, b: QuantityClaim) => a.interval.low <= b.interval.high && b.interval.low <= a.interval.high;
function markTotalsOverPlaces(claims: Claim[]): void {
  const placed = claims.filter((c): c is QuantityClaim => c.kind === "quantity" && !c.partOf && c.counted.scope.places.length > 0);
  if (!placed.length) return;
  const key = (c: QuantityClaim) => `${c.counted.thing}|${roleFamily(c.counted.role)}|${c.unit ?? ""}`;
  for (const c of claims) {
    if (c.kind !== "quantity" || c.partOf || c.counted.scope.places.length || c.counted.role === DEFAULT_ROLE) continue;
    const k = key(c);
    // a net loss ("lost 200,000 subscribers", after losing 700,000 in one market) can be smaller than one place's
    const parts = placed.filter((p) => key(p) === k && (p.interval.high < c.interval.low || (c.counted.role === "lost" && !c.unit && !overlapping(p, c))));
    if (parts.length) c.counted.besides = [...new Set(parts.flatMap((p) => p.counted.scope.places))];
    // a place's loss larger than the net loss is a part only a net figure can leave: it meets no other
    // report's placeless count (a smaller count in a place may be an earlier count of the whole, "95
    // dead" before "126 dead", and stays as it was)
    for (const p of parts) if (p.interval.low > c.interval.high) p.counted.placedPart = true;
  }
}

/**
 * "Bernie Madoff received a 150-year sentence and Elizabeth Holmes was sentenced to over 11 years": in a
 * report of one convict's sentence, the terms of people it names once are other cases, set beside it
 * for comparison. Such a term meets only another article's term of the same person.
 */
function markOtherCases(claims: Claim[], text: string): void {
  const terms = claims.filter((c): c is QuantityClaim => c.kind === "quantity" && (c.counted.thing === "year" || c.counted.thing === "month") && (c.counted.role === "sentenced" || c.counted.role.startsWith("size of")));
  if (terms.length < 2) return;
  for (const c of terms) {
    const owner = c.counted.owner;
    if (!owner || !terms.some((o) => o !== c && o.counted.owner !== owner)) continue;
    // the surname as written: named once in the whole article
    const surname = ownerSurname(c.sentence.text, owner);
    if (!surname) continue;
    const named = text.match(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g"))?.length ?? 0;
    if (named === 1) c.counted.thing = `${c.counted.thing}|aside`;
  }
}

/** The last word of a name as the sentence writes it, found by its folded key. */
function ownerSurname(sentence: string, owner: string): string | undefined {
  const last = owner.split(" ").pop()!;
  return sentence.match(/\p{Lu}[\p{L}’'-]*/gu)?.find((w) => nameKey(w) === last || ownerKey(w) === last || nameKey(w).endsWith(` ${last}`));
}

const CLAUSE_JOINED = /,\s+(?:while|whereas|but|though|although)\s/i;
const FIRE_NAME = /\s(?:Fire|Wildfire|Blaze)$/;

/** A quote right after a colon ("… addressed the crowd: “…”"), with nothing else between. */
const COLON_BEFORE = /:\s*[“"‘']?\s*$/;

function makeQuote(uri: string, q: QuoteMention, s: Sentence, lines: LineIndex, attribution?: Attribution): QuoteClaim {
  return {
    id: `${uri}#quote@${q.start}`,
    kind: "quote",
    uri,
    span: lines.span(q.start, q.end),
    sentence: { start: s.start, end: s.end, text: s.text },
    quote: q.text,
    form: q.form,
    words: quoteWords(q.text),
    around: [],
    attribution,
  };
}

/** With no date line, the latest full date the article mentions is the best guess at its own. */
function inferDateFromText(dates: Map<number, DateMention[]>): string | undefined {
  let best: string | undefined;
  for (const list of dates.values()) {
    for (const d of list) {
      if (!d.relative && d.resolved?.granularity === "day" && (!best || d.resolved.start > best)) best = d.resolved.start;
    }
  }
  return best;
}

/** Who is named last before `at`, in a list in text order (a binary search). */
function lastBefore(named: readonly { at: number; who: string }[], at: number): string | undefined {
  return lastEntryBefore(named, at)?.who;
}

function lastEntryBefore<T extends { at: number; who: string }>(named: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? named[lo - 1] : undefined;
}
