import type { AnalysisOptions, Claim, ClockTime, DateClaim, QuantityClaim, QuoteClaim, Relation, RelationKind } from "../types.js";
import { overlaps, sameInterval } from "../extract/qualifiers.js";
import { formatInterval, intervalsInOneUnit } from "../describe/formatValue.js";
import { compareQuotes, mayBeSameQuote, piecesInOrder, quoteWords, sameStatement, wordDiff } from "./quoteSimilarity.js";
import { quantityThing, roleFamily } from "./blockKeys.js";
import { fileName } from "../describe/fileName.js";
import { eventFamily, isFreedMark, isLocal } from "../extract/eventWords.js";
import { DEFAULT_ROLE, nounKind } from "../extract/lexicon.js";
import { creditedToOffice, differentOffices, isSpokesperson } from "./offices.js";
import { sourceKey } from "../extract/attributions.js";
import { clockGap } from "../extract/timesOfDay.js";

/** Decides whether two people or bodies are the same, across spellings and acronyms. */
export type SameEntity = (a: string, b: string) => boolean;

function relation(kind: RelationKind, a: Claim, b: Claim, explanation: string, extra: Partial<Relation> = {}): Relation {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  return { id: `${kind}:${x.id}~${y.id}`, kind, a: a.id, b: b.id, explanation, ...extra };
}

const intersects = (a: string[], b: string[]) => a.some((x) => b.includes(x));
const bothAndDisjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !intersects(a, b);

/**
 * Two sets of times that cannot be one: months that differ, or days more than three days apart. Reports
 * of one happening often disagree on its day by one or two ("on Sunday", "on Saturday night"), which
 * is a date conflict of its own, not a reason to stop comparing its figures.
 */
function timesApart(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return false;
  const near = (x: string, y: string) => {
    if (x.length === 10 && y.length === 10) return Math.abs(Date.parse(x) - Date.parse(y)) <= 3 * 86400000;
    return x.slice(0, 7) === y.slice(0, 7);
  };
  return !a.some((x) => b.some((y) => near(x, y)));
}

/** Currencies are ISO codes ("USD", "GBP"); units of measure are written in lower case. */
const CURRENCY = /^[A-Z]{3}$/;

/** A count of a whole area: "across Talmora", "throughout the province", "nationwide", "in all of". */
const WHOLE = /\b(?:across|throughout|nationwide|nation-wide|countrywide|country-wide|statewide|all over|in all of|the whole of|in total|in all)\b/i;

/** Whether a figure's sentence counts a whole area (`WHOLE`), tested once per sentence. */
const wholeCache = new WeakMap<object, boolean>();
function whole(q: QuantityClaim): boolean {
  let w = wholeCache.get(q.sentence);
  if (w === undefined) wholeCache.set(q.sentence, (w = WHOLE.test(q.sentence.text)));
  return w;
}

/** Years (four-digit times) set on either side and none in common: `intersects` of the years, without the arrays. */
function yearsApart(a: string[], b: string[]): boolean {
  let any = false;
  for (const x of a) {
    if (x.length !== 4) continue;
    if (b.includes(x)) return false;
    any = true;
  }
  return any || b.some((y) => y.length === 4);
}

const isYear = (t: string) => t.length === 4;
/**
 * A figure's times for `yearsApart`, its period's year included ("the year ended 31 December 2025")
 * when the other figure names a year and it names none; two figures naming none are apart only when
 * both have periods, and different ones.
 */
function withPeriod(c: QuantityClaim["counted"], other: QuantityClaim["counted"]): string[] {
  const { times, period } = c.scope;
  if (!period || times.some(isYear)) return times;
  if (other.scope.times.some(isYear) || other.scope.period) return [...times, period];
  return times;
}

/** A count of what is not yet established: "suspected cases", "probable deaths", "unconfirmed reports". */
const UNCONFIRMED = /(?:^|-)(?:suspected|suspect|probable|possible|presumed|presumptive|unconfirmed)$/;
const unconfirmed = (q: QuantityClaim) => q.counted.modifiers.some((m) => UNCONFIRMED.test(m));

/**
 * Whether a count of a nation's people with no place ("1.2 million Lebanese") is of the place the other
 * count names ("in Lebanon"), judged by the stem both names share; undefined when the rule says nothing.
 */
function nationMeetsPlace(x: QuantityClaim, y: QuantityClaim): boolean | undefined {
  const cx = x.counted;
  const cy = y.counted;
  if (cx.thing !== "people" || cx.proper.length !== 1 || cx.scope.places.length || !cy.scope.places.length || cy.proper.length) return undefined;
  const stem = cx.proper[0].slice(0, 4);
  return stem.length === 4 && cy.scope.places.some((p) => p.slice(0, 4) === stem);
}

/** Counts of people are many in one report (employed, on board, living there): they need a role. */
const PEOPLE_LIKE = new Set(["people", "civilian", "worker", "child", "military", "officer", "responder", "protester", "refugee", "passenger", "patient", "prisoner", "hostage"]);

/**
 * The general signals that two figures count the same things; silence when in doubt. `near` says the
 * two articles were published close enough in time to report one happening; it is needed when the
 * only shared place is one the articles are about, not one the sentences name. `linked` says two places
 * are one inside the other; `oneHappening` whether two figures' articles, about two linked places,
 * report one happening there.
 */
const INCREMENT = /^(?:additional|extra|fresh)$/;
const increment = (q: QuantityClaim) => q.counted.modifiers.some((m) => INCREMENT.test(m));

export function sameQuantity(
  a: QuantityClaim,
  b: QuantityClaim,
  near: boolean | undefined = true,
  linked?: (x: string, y: string) => boolean,
  oneHappening?: (a: QuantityClaim, b: QuantityClaim) => boolean,
): boolean {
  if (a.uri === b.uri || a.partOf || b.partOf) return false;
  if (quantityThing(a) !== quantityThing(b) || roleFamily(a.counted.role) !== roleFamily(b.counted.role)) return false;
  // "14 helicopters" and "22 aircraft" are a part and its whole, "eight helicopters" and "12 planes" two counts
  if (nounKind(a.counted.noun) !== nounKind(b.counted.noun)) return false;
  if (a.unit !== b.unit && !(a.unit && b.unit)) return false;
  // "1,180 suspected cases" and "412 confirmed cases" (or "412 cases") are two counts, not two estimates
  if (unconfirmed(a) !== unconfirmed(b)) return false;
  // "four additional bodies were recovered" counts what was added to a toll, not the toll
  if (increment(a) !== increment(b)) return false;
  // "14 of the 22 seats" counts among 22 things: not the 87 seats, nor a part of another whole
  if ((a.of !== undefined && b.interval.low > a.of) || (b.of !== undefined && a.interval.low > b.of)) return false;
  if (a.of !== undefined && b.of !== undefined && a.of !== b.of) return false;
  // sums in two currencies ("$21 million", "€18m") are often one sum converted: no rate is known here
  if (a.unit !== b.unit && (CURRENCY.test(a.unit!) || CURRENCY.test(b.unit!))) return false;
  const ca = a.counted;
  const cb = b.counted;
  // "with three seats left to declare": what is still to be done changes by the hour; no report's is wrong
  if (ca.role === "outstanding") return false;
  // a figure the report itself gives as wrong or replaced ("incorrectly reported earlier that 174 …")
  if (ca.role === "superseded" || cb.role === "superseded") return false;
  // what would have been without a one-off ("would have totalled 500,000") is no report of what was
  if (ca.role === "hypothetical" || cb.role === "hypothetical") return false;
  // a crowd is counted by each side its own way: the police's count and the organisers' are two
  // estimates, not two reports of one figure
  if (ca.role === "attended" && a.attribution && b.attribution && sourceKey(a.attribution.speaker) !== sourceKey(b.attribution.speaker)) return false;
  // a count from an article that gives two sides' counts meets only the same side's count
  if (ca.side !== undefined || cb.side !== undefined) {
    const side = (q: QuantityClaim) => q.counted.side ?? (q.attribution ? sourceKey(q.attribution.speaker) : "");
    if (!side(a) || side(a) !== side(b)) return false;
  }
  // "the Socialists took 122 seats" and "the People's Party won 136 seats" count different things
  // ("Spain's People's Party" and "the People's Party" are one owner: one name ends the other)
  if (ca.owner && cb.owner && !ca.owner.endsWith(cb.owner) && !cb.owner.endsWith(ca.owner)) return false;
  // a figure set in an earlier year ("in 2011") is that year's: compared only with one set in the same year
  if (yearsApart(withPeriod(ca, cb), withPeriod(cb, ca))) return false;
  // two places are not apart when an article of the corpus puts one inside the other ("Orvin, a town
  // in eastern Talmora"): the link lifts the veto, it is never the shared signal itself
  // in the sentence a count "across Talmora" or "nationwide" is a whole, of which a town's may be a part
  // (asked only when no place is shared: the sentences are tested once each, and only then)
  const viaLinks = () => !!linked && !whole(a) && !whole(b);
  const meet = (x: string[], y: string[]) => intersects(x, y) || (viaLinks() && x.some((p) => y.some((q) => linked!(p, q))));
  const apart = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !meet(x, y);
  // one row of a breakdown by kind counts that kind only ("276 multiple residences" is not "13,600 homes")
  // ("1.2 million Lebanese" in a breakdown by people is still the count "in Lebanon": `nationMeetsPlace`)
  if ((ca.breakdown || cb.breakdown) && !intersects(ca.modifiers, cb.modifiers) && !nationMeetsPlace(a, b) && !nationMeetsPlace(b, a)) return false;
  // a total over places the article also counts one by one is no count of one of them, nor of a place
  // that holds one of them
  const partLinked = (x: string[], y: string[]) => x.some((p) => y.some((q) => p === q || (!!linked && linked(p, q))));
  if ((ca.besides && partLinked(ca.besides, cb.scope.places)) || (cb.besides && partLinked(cb.besides, ca.scope.places))) return false;
  // and a place's part of such a total is no count of another report's whole ("lost 700,000 in
  // Osmaria" beside "lost 200,000" is not what another report's placeless "lost 200,000" counts)
  if ((ca.placedPart && !cb.scope.places.length) || (cb.placedPart && !ca.scope.places.length)) return false;
  if (bothAndDisjoint(ca.proper, cb.proper) || apart(ca.scope.places, cb.scope.places) || timesApart(ca.scope.times, cb.scope.times)) return false;
  // articles about different places report different happenings, whatever day they share
  // (one party's seats: "the Conservatives secured 121 seats" and "the Conservative Party … securing only
  // 131 seats"; an election report may name no place, and what it is about is then its people)
  const sameOwner = ca.thing === "seat" && !!ca.owner && ca.owner === cb.owner && ca.role !== DEFAULT_ROLE;
  if (apart(ca.scope.around, cb.scope.around) && !meet(ca.scope.places, cb.scope.places) && !sameOwner) return false;
  // "approximately 1.2 million Lebanese" and "tens of thousands in Israel": a nation's people counted
  // with no place are counted in their nation ("Lebanese", "Lebanon": one stem)
  const nation = nationMeetsPlace(a, b) ?? nationMeetsPlace(b, a);
  if (nation === false) return false;
  if (near === false) return false;
  if (nation) return true;
  // "within two years", "gets 12 years": a number of years with no role says nothing of what lasted
  if (ca.thing === "year" && (ca.role === DEFAULT_ROLE || cb.role === DEFAULT_ROLE)) return false;
  // a city, its province and its country each have a population, a company and its divisions each a
  // headcount: only the place both sentences name says which
  if ((ca.role === "population" || ca.role === "employed") && !intersects(ca.scope.places, cb.scope.places) && !intersects(ca.proper, cb.proper)) return false;
  // a bare measure (km, %, $) says nothing of what it measures: ask for a shared word besides the signal
  // (an area's extent is what the happening took: the role says what the area measures)
  const bare = (q: QuantityClaim) => !!q.unit && (q.counted.noun === q.unit || q.counted.thing === q.unit) && q.counted.role !== "extent";
  if ((bare(a) || bare(b)) && !intersects(ca.modifiers, cb.modifiers)) return false;
  // "the 21-month trial" and "the 30 days allowed by law": spans of time of two things, when no role says what lasted
  if (ca.thing === "duration" && ca.role === DEFAULT_ROLE && cb.role === DEFAULT_ROLE && !bare(a) && !bare(b) && ca.noun !== cb.noun && !intersects(ca.modifiers, cb.modifiers)) return false;
  if (intersects(ca.proper, cb.proper) || intersects(ca.scope.places, cb.scope.places) || intersects(ca.scope.times, cb.scope.times)) return true;
  // whose the count is, in reports published close together
  if (sameOwner) return true;
  // The weak sign (same places in the articles, none in the sentences) needs a known role on both
  // sides: "240 people" employed and "700 people" who left their homes share only the town.
  const where = (c: QuantityClaim["counted"]) => [...c.scope.places, ...c.scope.around];
  const roles = (ca.role !== "unspecified" && cb.role !== "unspecified") || (ca.role === cb.role && !PEOPLE_LIKE.has(ca.thing));
  // the weak sign needs articles published close together, or undated (`near` undefined)
  // through a link only when the corpus says the two reports tell of one happening (`oneHappening`)
  if (roles && (intersects(where(ca), where(cb)) || (meet(where(ca), where(cb)) && (!oneHappening || oneHappening(a, b))))) return true;
  // Through a link: reports about a town and about its region, when the corpus says the two reports
  // are of one happening there (`oneHappening`), neither sentence names a place and both roles are known
  const known = ca.role !== "unspecified" && cb.role !== "unspecified";
  return known && viaLinks() && !ca.scope.places.length && !cb.scope.places.length && !!oneHappening && oneHappening(a, b);
}

/**
 * `later` names the claim whose article was published later (on another day), when both are dated.
 * A later count worded as risen to a higher figure ("has risen to 268") updates the earlier one.
 */
export function relateQuantities(a: QuantityClaim, b: QuantityClaim, options: AnalysisOptions, sameEntity: SameEntity, later?: QuantityClaim): Relation[] {
  const out: Relation[] = [];
  const fa = `“${a.span.text}” (${fileName(a.uri)})`;
  const fb = `“${b.span.text}” (${fileName(b.uri)})`;
  const earlier = later === a ? b : later === b ? a : undefined;
  if (later?.update && earlier && later.interval.low >= earlier.interval.high) {
    out.push(relation("compatible", a, b, `“${later.span.text}” (${fileName(later.uri)}) is a later count that has risen since “${earlier.span.text}” (${fileName(earlier.uri)}).`));
    return out;
  }
  // people in shelters are a part of those who left: fewer of them is no contradiction
  const [part, whole] = a.counted.role === "sheltered" && b.counted.role !== "sheltered" ? [a, b] : b.counted.role === "sheltered" && a.counted.role !== "sheltered" ? [b, a] : [];
  if (part && whole && part.interval.high <= whole.interval.low) {
    out.push(relation("compatible", a, b, `“${part.span.text}” (${fileName(part.uri)}) counts people in shelters, a part of the “${whole.span.text}” (${fileName(whole.uri)}) who left their homes.`));
    return out;
  }
  if (!overlaps(a.interval, b.interval)) {
    const why = a.approximate || b.approximate ? ` even with the ±${Math.round(options.tolerance * 100)}% allowed for approximate figures` : "";
    // "240 miles" against "280 km": both ranges in kilometres, not in metres
    const [ia, ib] = intervalsInOneUnit(a, b) ?? [formatInterval(a.interval), formatInterval(b.interval)];
    out.push(relation("conflicts", a, b, `${fa} allows ${ia} and ${fb} allows ${ib}: the ranges do not overlap${why}.`));
    return out;
  }
  const agree = sameInterval(a.stated, b.stated) && a.approximate === b.approximate;
  out.push(relation(agree ? "agrees" : "compatible", a, b, agree ? `${fa} and ${fb} state the same figure.` : `${fa} and ${fb} can both be true: their ranges overlap.`));
  const sa = a.attribution;
  const sb = b.attribution;
  // Only a person against another person, for the same figure: two named people, or two different
  // offices ("the chief financial officer", "the chief executive"). Institutions and "assessments"
  // routinely relay each other's numbers, a person named may hold the office the other names, and
  // small counts are common knowledge.
  const estimate = (q: QuantityClaim) => q.approximate || !!q.qualifier || q.value >= 100;
  if (sa?.entity && sb?.entity && a.value === b.value && estimate(a) && estimate(b)) {
    const persons = sa.entity.startsWith("person:") && sb.entity.startsWith("person:") && !sameEntity(sa.entity, sb.entity);
    if (persons || differentOffices(sa.speaker, sb.speaker)) {
      out.push(
        relation(
          "attribution-differs",
          a,
          b,
          `${fileName(a.uri)} credits ${a.display} to ${sa.speaker}; ${fileName(b.uri)} credits ${b.display} to ${sb.speaker}.`,
        ),
      );
    }
  }
  return out;
}

export function relateDates(a: DateClaim, b: DateClaim, near = true, linked?: (x: string, y: string) => boolean): Relation | undefined {
  if (a.uri === b.uri) return undefined;
  // one kind of happening: the same class, or a generic "occurred" against a named disaster
  const [ca, cb] = [a.event[0], b.event[0]];
  if (!ca || !cb || eventFamily(ca) !== eventFamily(cb) || (ca !== cb && ca !== "occur" && cb !== "occur")) return undefined;
  const fa = `“${a.span.text}” (${fileName(a.uri)}, ${a.display})`;
  const fb = `“${b.span.text}” (${fileName(b.uri)}, ${b.display})`;
  // two times of day: one moment, across zones
  // (two times that cannot be compared, one zoned and one not, still have their days)
  if (a.clock && b.clock) {
    const t = relateTimes(a, b, a.clock, b.clock, fa, fb, near, linked);
    if (t !== "days") return t;
  }
  if (!a.resolved || !b.resolved) return undefined;
  const disjoint = a.resolved.end < b.resolved.start || b.resolved.end < a.resolved.start;
  if (!disjoint) {
    const same = a.resolved.start === b.resolved.start && a.resolved.end === b.resolved.end;
    return relation(same ? "agrees" : "compatible", a, b, same ? `${fa} and ${fb} give the same date.` : `${fa} and ${fb} overlap.`);
  }
  // announcements of different things fall on different days; only the date of a happening is compared,
  // and only when one report's participants are all among the other's ("Russia, Crimea" is not "Russia, Ukraine")
  // Dates resolved against an inferred article date, and reports published weeks apart, stay silent.
  if (a.event[0] === "announce" || a.confidence < 0.9 || b.confidence < 0.9 || !near) return undefined;
  // "8:05 p.m. ET Monday" is Tuesday where the day is reported as Tuesday: a day given with a zoned
  // time may be a day off another's
  const zoned = (c: DateClaim) => c.clock?.offset !== undefined;
  if ((zoned(a) || zoned(b)) && Math.abs(Date.parse(a.resolved.start) - Date.parse(b.resolved.start)) <= 86400000) return undefined;
  if (!sameHappening(a, b, linked)) return undefined;
  return relation("dates-inconsistent", a, b, `${fa} and ${fb} put the ${happeningText(a)} on different dates.`);
}

function happeningText(a: DateClaim): string {
  return eventFamily(a.event[0]) === "happening" ? "event" : a.event[0] === "walkout" ? "start of the strike" : a.event[0] === "inquiry" ? "opening of the investigation" : a.event[0];
}

/**
 * Two times of day of one happening: the same moment within a few minutes (half an hour for a time
 * given to the hour or "about"), compared in UTC when both zones are known and as written when
 * neither is; a time with a zone never meets one without.
 */
function relateTimes(a: DateClaim, b: DateClaim, x: ClockTime, y: ClockTime, fa: string, fb: string, near: boolean, linked?: (x: string, y: string) => boolean): Relation | undefined | "days" {
  const gap = clockGap(x, y);
  if (!gap || x.several || y.several) return "days";
  if (!near || a.event[0] === "announce") return undefined;
  // days of the same happening are close: a time of an earlier one is another happening's
  if (a.resolved && b.resolved && Math.abs(Date.parse(a.resolved.start) - Date.parse(b.resolved.start)) > 7 * 86400000) return undefined;
  if (!sameHappening(a, b, linked)) return undefined;
  if (!gap.apart) {
    const same = gap.minutes === 0 && x.approximate === y.approximate;
    return relation(same ? "agrees" : "compatible", a, b, same ? `${fa} and ${fb} give the same time.` : `${fa} and ${fb} are within ${Math.round(gap.minutes)} minutes of each other.`);
  }
  return relation("dates-inconsistent", a, b, `${fa} and ${fb} put the ${happeningText(a)} ${Math.round(gap.minutes)} minutes apart.`);
}

/** Whether two dated claims tell of one happening, by who or where took part. */
function sameHappening(a: DateClaim, b: DateClaim, linked?: (x: string, y: string) => boolean): boolean {
  // a disaster shares a place with its other reports; a war or an offensive must name no one the other does not
  // who was freed (hostages, prisoners) is no participant: two sides freed are two releases
  const freed = (c: DateClaim) => c.event.find(isFreedMark);
  if (freed(a) && freed(b) && freed(a) !== freed(b)) return false;
  const [pa, pb] = [a.event.slice(1).filter((p) => !isFreedMark(p)), b.event.slice(1).filter((p) => !isFreedMark(p))].sort((x, y) => x.length - y.length);
  const local = isLocal(a.event[0]);
  // two days of one disaster are a few days apart at most; a flood "in 2010" is an earlier flood
  // (a time alone has no day: its clock's happening is the one its article reports)
  if (local && a.resolved && b.resolved && (a.resolved.granularity !== "day" || b.resolved.granularity !== "day" || Math.abs(Date.parse(a.resolved.start) - Date.parse(b.resolved.start)) > 7 * 86400000)) return false;
  // a disaster in a town is the disaster in the region an article of the corpus puts the town in
  const shared = (p: string) => pb.includes(p) || (!!linked && pb.some((q) => linked(p, q)));
  // "the Florida Big Bend" read as one name is the two places another report names apart
  const joined = (p: string, among: string[]) => [...p.matchAll(/ /g)].some((m) => among.includes(p.slice(0, m.index)) && among.includes(p.slice(m.index! + 1)));
  return pa.length > 0 && (local ? pa.some(shared) || pa.some((p) => joined(p, pb)) || pb.some((p) => joined(p, pa)) : pa.every((p) => pb.includes(p)));
}

export function relateQuotes(a: QuoteClaim, b: QuoteClaim, options: AnalysisOptions, sameEntity: SameEntity): Relation | undefined {
  if (a.uri === b.uri || !a.attribution?.entity || !b.attribution?.entity) return undefined;
  if (!mayBeSameQuote(a.words, b.words) || !(sameEntity(a.attribution.entity, b.attribution.entity) || oneOffice(a, b) || officerOf(a, b, sameEntity) || officerOf(b, a, sameEntity))) return undefined;
  let [wa, wb] = [a.words, b.words];
  let cmp = compareQuotes(wa, wb);
  const shortest = Math.min(wa.length, wb.length);
  if (cmp.contained && shortest >= 3) return relation("agrees", a, b, `Both quote ${a.attribution.speaker} with the same words.`);
  if (piecesInOrder(a.quote, b.words) || piecesInOrder(b.quote, a.words)) return relation("agrees", a, b, `Both quote ${a.attribution.speaker} with the same words, one with a cut marked.`);
  if (cmp.similarity < options.quoteSimilarity) {
    // a statement quoted in full by one outlet and one sentence of it by another: that sentence is
    // what the other renders
    const best = bestSentence(a, b) ?? bestSentence(b, a);
    if (best) [wa, wb, cmp] = best.whole === a ? [best.words, wb, best.cmp] : [wa, best.words, best.cmp];
  }
  if (cmp.similarity < options.quoteSimilarity || cmp.sharedContent < 3) return undefined;
  if (!cmp.material) return relation("agrees", a, b, `Both quote ${a.attribution.speaker} with the same words, up to function words.`);
  // the diff covers the quotes as given (the pictures map it back onto their words); the explanation
  // names the words of the sentences compared
  const diff = wordDiff(a.words, b.words);
  const told = wa === a.words && wb === b.words ? diff : wordDiff(wa, wb);
  const removed = told.filter((p) => p.op === "removed").map((p) => `“${p.text}”`);
  const added = told.filter((p) => p.op === "added").map((p) => `“${p.text}”`);
  return relation(
    "quote-reworded",
    a,
    b,
    `${fileName(a.uri)} and ${fileName(b.uri)} quote ${a.attribution.speaker} differently: ${removed.slice(0, 3).join(", ") || "—"} against ${added.slice(0, 3).join(", ") || "—"}.`,
    { diff },
  );
}

/**
 * `a` is credited to an officer of the body `b` is credited to, or to its spokesperson ("the chief
 * forecaster of the meteorological service" and "a spokesperson for the meteorological service"): an
 * officer speaking in office speaks for the body, so nearly the same words are one statement.
 */
function officerOf(a: QuoteClaim, b: QuoteClaim, sameEntity: SameEntity): boolean {
  const [body, other] = [a.attribution?.body, b.attribution?.entity];
  return !!body && !!other && !other.startsWith("person:") && !b.attribution!.body && sameEntity(body, other);
}

/** Words that make another office of the same title: a deputy is not the minister. */
const SECOND_IN_LINE = /\b(?:deputy|vice|assistant|acting|associate|former|junior|shadow|interim|outgoing|incoming)\b/i;

/**
 * One office named with more and fewer words ("the director of the weather service", "the director of
 * the national weather service"; "the minister of transport", "the transport minister"): each credited
 * by its own sentence, and one name's words all in the other's. A deputy, an acting or a former holder
 * is another person, and so may be the holder of an office named with whose it is.
 */
function oneOffice(a: QuoteClaim, b: QuoteClaim): boolean {
  if (!creditedToOffice(a) || !creditedToOffice(b)) return false;
  const [sa, sb] = [a.attribution!.speaker, b.attribution!.speaker];
  if (SECOND_IN_LINE.test(sa) !== SECOND_IN_LINE.test(sb)) return false;
  // the minister's words and those of a spokesperson for the minister may be two statements
  if (isSpokesperson(sa) || isSpokesperson(sb)) return false;
  // the words one name has and the other lacks are common words ("national"), not whose the office is
  // ("Keldra's transport minister" may be another state's than "the transport minister")
  const words = (x: string) => x.split(/[\s’']+/).filter((w) => w && w !== "s");
  const [wa, wb] = [words(sa), words(sb)];
  const lower = (x: string[]) => x.map((w) => w.toLowerCase());
  const [la, lb] = [lower(wa), lower(wb)];
  const extra = [...wa.filter((w) => !lb.includes(w.toLowerCase())), ...wb.filter((w) => !la.includes(w.toLowerCase()))];
  if (extra.some((w) => /^\p{Lu}/u.test(w))) return false;
  return !differentOffices(sa, sb);
}

const SENTENCE_END = /(?<=[.!?])\s+(?=["“‘]?\p{Lu})/u;

/**
 * When `whole` holds several sentences and `part` one, the sentence of `whole` nearest to `part` (by
 * the share of words in common), with its comparison.
 */
function bestSentence(whole: QuoteClaim, part: QuoteClaim): { whole: QuoteClaim; words: string[]; cmp: ReturnType<typeof compareQuotes> } | undefined {
  const sentences = whole.quote.split(SENTENCE_END);
  // the part may itself be of two sentences where the whole has one ("I have given this job my all. But
  // you have sent a clearer message…" against one long sentence of a statement of three): runs of the
  // whole's sentences, none longer than the part's, are compared with it
  const span = part.quote.split(SENTENCE_END).length;
  if (sentences.length < 2 || span >= sentences.length) return undefined;
  let best: { whole: QuoteClaim; words: string[]; cmp: ReturnType<typeof compareQuotes> } | undefined;
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i; j < Math.min(sentences.length, i + span); j++) {
      const words = quoteWords(sentences.slice(i, j + 1).join(" "));
      if (words.length < 3) continue;
      const cmp = compareQuotes(words, part.words);
      if (!best || cmp.similarity > best.cmp.similarity) best = { whole, words, cmp };
    }
  }
  return best;
}

/**
 * One statement credited to two office holders who cannot be one person ("the chief prosecutor said"
 * against "the presiding judge said"): the same words, at least eight of them, the shorter rendering
 * whole in the longer, each credited by its own sentence. A spokesperson, a body and its officer, and
 * one office named more or less fully are not two speakers (`differentOffices`). Whether the two
 * articles report one happening is the caller's to say: stock sentences recur in reports of others.
 */
export function relateSpeakers(a: QuoteClaim, b: QuoteClaim): Relation | undefined {
  if (a.uri === b.uri || !creditedToOffice(a) || !creditedToOffice(b)) return undefined;
  if (!differentOffices(a.attribution!.speaker, b.attribution!.speaker) || !sameStatement(a.words, b.words)) return undefined;
  const [short] = a.words.length <= b.words.length ? [a, b] : [b, a];
  return relation(
    "attribution-differs",
    a,
    b,
    `${fileName(a.uri)} credits “${short.quote}” to ${a.attribution!.speaker}; ${fileName(b.uri)} credits it to ${b.attribution!.speaker}.`,
  );
}
