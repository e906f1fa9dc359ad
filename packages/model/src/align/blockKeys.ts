import type { Claim, QuantityClaim, QuoteClaim } from "../types.js";
import { eventFamily, isFreedMark, isLocal } from "../extract/eventWords.js";
import { quoteBlockWords, statementPairs } from "./quoteSimilarity.js";
import { creditedToOffice } from "./offices.js";
import { bodyBase } from "../extract/institutions.js";

/**
 * Blocking keys: two claims are compared only when they share a key, so that alignment grows with
 * the number of candidate pairs, not with the square of all claims. A key names the kind of thing and
 * one specific signal (a place, a proper modifier, a month, a speaker), because two figures with no
 * specific signal in common are never taken to be about the same thing.
 */
export interface BlockKeys {
  /** Keys the claim is filed under. */
  insert: BlockKey[];
  /** Keys under which its candidates are looked up. */
  lookup: BlockKey[];
}

/**
 * A key is a signal, or a signal and a publication period (a number, "all" or "undated"): the
 * corpus files a signal's periods under the signal, so that looking up four periods finds the
 * signal once (lookups that find nothing are most of them, and each costs a probe of a large map).
 */
export type BlockKey = string | PeriodKey;
export interface PeriodKey {
  signal: string;
  period: number | "all" | "undated";
}

/** Days in a publication period: reports of one happening more than 45 days apart are not compared on a weak sign. */
export const PERIOD_DAYS = 45;

/**
 * `period` is the article's publication date in periods of `PERIOD_DAYS` (absent for undated
 * articles). A weak key is filed under the period and looked up under the period and its two
 * neighbours, so that articles in adjacent periods meet and distant ones are never compared.
 */
export function blockKeys(c: Claim, period?: number): BlockKeys {
  switch (c.kind) {
    case "quantity":
      return quantityKeys(c, period);
    case "date": {
      if ((!c.resolved && !c.clock) || c.event.length < 2) return none;
      const [cls, ...participants] = c.event;
      // (who a release freed, "~hostages", is no participant: see `relateDates`)
      // ("florida big bend", one name to one report, two places to another: looked up under both halves too)
      const halves = (p: string) => [...p.matchAll(/ /g)].flatMap((m) => [p.slice(0, m.index), p.slice(m.index! + 1)]);
      const keys = [...new Set(participants)].filter((p) => !isFreedMark(p));
      return same([...new Set([...keys, ...(isLocal(cls) ? keys.flatMap(halves) : [])])].map((p) => `d|${eventFamily(cls)}|${p}`));
    }
    case "quote": {
      // a speaker's statements are compared within a publication period (institutions speak every
      // week), and only when they share content words
      if (!c.attribution?.entity) return none;
      const speaker = speakerBlock(c.attribution.entity);
      const person = c.attribution.entity.startsWith("person:");
      const keys: BlockKeys = person ? { insert: [], lookup: [] } : institutionQuoteKeys(speaker, c.around, period);
      // an officer of a body ("the chief forecaster of the meteorological service") meets the body's quotes
      if (c.attribution.body) {
        const k = institutionQuoteKeys(speakerBlock(c.attribution.body), c.around, period);
        keys.insert.push(...k.insert);
        keys.lookup.push(...k.lookup);
      }
      if (person) {
        const words = quoteBlockWords(c.words);
        for (const w of words.insert) keys.insert.push(...byPeriod(`qt|${speaker}|${w}@`, period).insert);
        for (const w of words.lookup) keys.lookup.push(...byPeriod(`qt|${speaker}|${w}@`, period).lookup);
      }
      // one statement credited to two office holders: the same words meet whoever they are credited
      // to, in the same publication period (see `relateSpeakers`)
      if (creditedToOffice(c)) {
        for (const p of statementPairs(c.words)) {
          const k = byPeriod(`qs|${p}@`, period);
          keys.insert.push(...k.insert);
          keys.lookup.push(...k.lookup);
        }
      }
      return keys;
    }
    case "attribution":
      return none;
  }
}

const none: BlockKeys = { insert: [], lookup: [] };

/**
 * "Police said", "the ministry said": one name for many speakers, and each says much the same every
 * week, so content words alone would put every police quote of the period in one block (it grows with
 * the square of the corpus). Such a quote meets the quotes of articles about the same place or firm.
 * An article about nothing named (rare) gets the benefit of the doubt: it meets all of the speaker's.
 */
function institutionQuoteKeys(speaker: string, around: string[], period: number | undefined): BlockKeys {
  const keys: BlockKeys = { insert: [], lookup: [] };
  const add = (k: BlockKeys, insert: boolean, lookup: boolean) => {
    if (insert) keys.insert.push(...k.insert);
    if (lookup) keys.lookup.push(...k.lookup);
  };
  for (const p of around) add(byPeriod(`qi|${speaker}|${p}@`, period), true, true);
  add(byPeriod(`qi|${speaker}|*@`, period), true, !around.length);
  add(byPeriod(`qi|${speaker}|?@`, period), !around.length, true);
  return keys;
}

/**
 * Whether two quotes would meet under `institutionQuoteKeys`: quotes that met under another key (one
 * statement, `statementPairs`) are compared as one speaker's words only on the same terms.
 */
export function institutionQuotesMeet(a: QuoteClaim, b: QuoteClaim, linked?: (x: string, y: string) => boolean): boolean {
  const person = (q: QuoteClaim) => !!q.attribution?.entity?.startsWith("person:");
  if (person(a) || person(b)) return true;
  // an agency's report filed from "DARVO" meets a paper's about Kestavia when the corpus links them
  return !a.around.length || !b.around.length || a.around.some((p) => b.around.some((q) => p === q || !!linked?.(p, q)));
}

/** The institution keys of a quote looked up under the places linked with those it is about (`PlaceLinks`). */
export function linkedQuoteLookups(c: QuoteClaim, period: number | undefined, neighbours: (p: string) => Iterable<string>): BlockKey[] {
  if (!c.attribution?.entity || c.attribution.entity.startsWith("person:")) return [];
  const speaker = speakerBlock(c.attribution.entity);
  const out: BlockKey[] = [];
  for (const p of new Set(c.around)) for (const q of neighbours(p)) out.push(...byPeriod(`qi|${speaker}|${q}@`, period).lookup);
  return out;
}

/** Keys of one signal split by publication period; undated articles meet every period. */
function byPeriod(signal: string, period: number | undefined): BlockKeys {
  const at = (p: PeriodKey["period"]): PeriodKey => ({ signal, period: p });
  if (period === undefined) return { insert: [at("undated")], lookup: [at("all"), at("undated")] };
  // filed under its own period, looked up under its own and the two beside it: each claim is filed
  // under two keys, not four (blocks are most of the corpus's memory)
  return {
    insert: [at(period), at("all")],
    lookup: [at(period - 1), at(period), at(period + 1), at("undated")],
  };
}
const same = (keys: string[]): BlockKeys => ({ insert: keys, lookup: keys });

export function quantityThing(c: QuantityClaim): string {
  return `${c.counted.thing}|${c.unit ? "u" : ""}`;
}

function quantityKeys(c: QuantityClaim, period?: number): BlockKeys {
  if (c.partOf) return none;
  const base = `q|${quantityThing(c)}|${roleFamily(c.counted.role)}`;
  const strong = [
    ...c.counted.proper.map((p) => `m:${p}`),
    ...c.counted.scope.places.map((p) => `p:${p}`),
    ...c.counted.scope.times.map((t) => `t:${t}`),
  ].map((s) => `${base}|${s}`);
  const keys: BlockKeys = { insert: [...new Set(strong)], lookup: [...new Set(strong)] };
  // a party's seats, for reports published close together (an election report may name no place)
  if (c.counted.owner && c.counted.thing === "seat") {
    const own = byPeriod(`${base}|o:${c.counted.owner}@`, period);
    keys.insert.push(...own.insert);
    keys.lookup.push(...own.lookup);
  }
  // The weak sign: a place either article is about, for articles published close together. Undated
  // articles get the benefit of the doubt: they meet every dated one, through the "all" block.
  const places = [...new Set([...c.counted.scope.places, ...c.counted.scope.around])];
  for (const p of places) {
    const weak = byPeriod(`${base}|w:${p}@`, period);
    keys.insert.push(...weak.insert);
    keys.lookup.push(...weak.lookup);
  }
  return keys;
}

/**
 * The weak sign looked up under the places linked with a figure's own (`PlaceLinks`): a report about
 * "Darvo" meets one about "Kestavia" when an article of the corpus files "DARVO, Kestavia".
 */
export function linkedQuantityLookups(c: QuantityClaim, period: number | undefined, neighbours: (p: string) => Iterable<string>): BlockKey[] {
  if (c.partOf) return [];
  const base = `q|${quantityThing(c)}|${roleFamily(c.counted.role)}`;
  const out: BlockKey[] = [];
  for (const p of new Set([...c.counted.scope.places, ...c.counted.scope.around])) for (const q of neighbours(p)) out.push(...byPeriod(`${base}|w:${q}@`, period).lookup);
  return out;
}

/** A bare count and a count of those present are the same measure; other roles are their own. */
export function roleFamily(role: string): string {
  // people in shelters are a part of the displaced: compared with them (as a part, `relateQuantities`)
  return role === "unspecified" ? "present" : role === "sheltered" ? "displaced" : role;
}

/**
 * People are blocked by surname so that a surname alone and the full name in another spelling meet;
 * a body without whose it is ("foreign ministri|valdora" → "foreign ministri"), so that a wire's "the
 * foreign ministry" meets the press release of the ministry it does not name the state of.
 */
export function speakerBlock(entity: string): string {
  if (!entity.startsWith("person:")) return bodyBase(entity);
  const words = entity.slice(7).split(" ");
  return `person:${words[words.length - 1]}`;
}
