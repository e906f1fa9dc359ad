import type { Sentence } from "../text/sentences.js";
import { nameKey } from "../align/nameKey.js";
import { MONTHS, WEEKDAYS } from "./lexicon.js";
import { placeCore, type NameMention } from "./names.js";

/**
 * Places one inside the other, as an article says it in so many words: "Orvin, a mining town in
 * eastern Talmora", "Kessel, in the north of Varsenia", "the Talmoran town of Orvin", "Brisk
 * (Talmora)", "in Lurn, Talmora,", a dateline "ORVIN, Talmora —". No gazetteer: the text is the only
 * evidence. A link is the inner place's key and the outer's: `[inner, outer]`.
 */

const DIR_NOUN = String.raw`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|middle|heart|interior)`;
const DIR_ADJ = String.raw`(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|north-?central|south-?central|far-?(?:north|south|east|west)(?:ern)?)`;
const KIND = String.raw`(?:town|city|village|port|district|suburb|region|province|county|state|municipality|hamlet|settlement|community|island|area|capital|resort|valley|enclave|township|borough|commune|oblast|prefecture|governorate)`;
// "in eastern", "in the far north of", "in the north-east of the", "in the Ostrevian" (never a bare "in")
const IN_PART = String.raw`in\s+(?:the\s+)?(?:(?:far\s+)?${DIR_NOUN}\s+of\s+(?:the\s+)?|${DIR_ADJ}\s+)`;

/** Text between the inner place and the outer one. */
const BETWEEN = [
  // "Orvin, a mining town in eastern Talmora", "Kessel, a port city in the far north of Varsenia",
  // "Lurn, a town in Talmora"
  new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?${KIND}\s+(?:(?:of\s+)?(?:about|some|around|nearly)?\s*[\d,.]+\s+(?:people|inhabitants|residents)\s+)?in\s+(?:the\s+)?(?:(?:far\s+)?${DIR_NOUN}\s+of\s+(?:the\s+)?|${DIR_ADJ}\s+)?$`, "iu"),
  // "Orvin, the capital of Talmora", "Kessel, the country's second city" is no link (no name after)
  /^,\s+(?:the\s+)?(?:capital|largest\s+city|biggest\s+city|second\s+city|main\s+port|chief\s+town|regional\s+capital|provincial\s+capital|administrative\s+centre|administrative\s+center)\s+of\s+(?:the\s+)?$/iu,
  // "Kessel, in the north of Varsenia", "Lurn, in southern Talmora", "Orvin in eastern Talmora"
  new RegExp(String.raw`^,?\s+${IN_PART}$`, "iu"),
];
/** What may follow the outer place when the two stand side by side after a comma: the clause goes on. */
// (not a verb: "in Washington, Biden said" is a place and a speaker)
const AFTER_PAIR = /^(?:\s*[.;:)—–]|\s*$|,\s+(?!and\b|or\b|\p{Lu})|\s+(?:on|at|in|last|this|late|early|when|where|after|before|since)\b)/u;
/** Before the inner place of a comma pair: a locative ("in Lurn, Talmora"), not a list's comma. */
const BEFORE_PAIR = /(?:^|[^,]\s)(?:in|at|near|from|outside|inside)\s+$/iu;
const DATELINE = /^(\p{Lu}[\p{Lu}\s.'’-]{1,40}),\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*(?:,\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?:,?\s+\d{4})?\s*)?(?:\([^)]{1,40}\)\s*)?[—–-]/u;
const POSSESSIVE_BETWEEN = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;
const KIND_AFTER = new RegExp(String.raw`^\s+${KIND}\b`, "u");
const KIND_END = new RegExp(String.raw`\s${KIND}$`, "iu");
const DEMONYM_KIND = new RegExp(String.raw`\bthe\s+(\p{Lu}\p{Ll}+)\s+${KIND}\s+of\s+$`, "u");
const CALENDAR = new Set(`${MONTHS}|${WEEKDAYS}`.split("|"));

// the kinds of place a later "the island's" or "the province's" points back to
const REFERRED_KIND = String.raw`(island|province|region|state|county|district|peninsula|valley)`;
// "the island of Dravo", "the Sarvenian island of Dravo"; "Dravo island", "Nerato province"
const KIND_OF_BEFORE = new RegExp(String.raw`\b${REFERRED_KIND}\s+of\s+(?:the\s+)?$`, "iu");
const KIND_NAMED_AFTER = new RegExp(String.raw`^\s+${REFERRED_KIND}\b`, "iu");
const KIND_NAMED_END = new RegExp(String.raw`\s${REFERRED_KIND}$`, "iu");
// "Ostrel, the island's main town", "Kessby, the province's largest port"
const KIND_POSSESSIVE = new RegExp(
  String.raw`^,\s+the\s+${REFERRED_KIND}['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|village|port|capital|resort|settlement|harbou?r)\b`,
  "iu",
);

// "Residents of Lurn" at the start of a sentence is a run of capitals, not a place's name
const placeKey = (text: string) => nameKey(placeCore(text.replace(/^\p{Lu}\p{Ll}+\s+of\s+(?:the\s+)?(?=\p{Lu})/u, "")));
const isAcronym = (text: string) => /^\p{Lu}{2,}$/u.test(text);

/**
 * The links an article states, from its sentences and the names found in each. A people's name
 * ("Talmoran") is read against the names the article gives that are not people's.
 */
export function placeLinksOf(sentences: Sentence[], namesOf: Map<number, NameMention[]>): [string, string][] {
  const links = new Map<string, [string, string]>();
  const add = (a: string, b: string) => {
    if (a && b && a !== b && a.length >= 3 && b.length >= 3 && !links.has(pairKey(a, b))) links.set(pairKey(a, b), [a, b]);
  };
  let places: Set<string> | undefined;
  const placesOf = () => {
    if (!places) {
      places = new Set();
      for (const s of sentences) for (const n of namesOf.get(s.index) ?? []) if (n.type !== "person") places.add(placeKey(n.text));
    }
    return places;
  };
  // the place last named with each kind ("the island of Dravo"), for "the island's main town" after it
  const lastOfKind = new Map<string, string>();
  for (const s of sentences) {
    const text = s.text;
    const dl = DATELINE.exec(text);
    if (dl && !CALENDAR.has(dl[2].toLowerCase().replace(/\.$/, ""))) add(placeKey(dl[1]), placeKey(dl[2]));
    // people and organisations are never places ("in Gaza, Hamas said")
    const names = (namesOf.get(s.index) ?? []).filter((n) => (n.type === "place" || n.type === "other") && !isAcronym(n.text));
    for (let i = 0; i < names.length; i++) {
      const inner = names[i];
      // "the Talmoran town of Orvin": the people's name of a place the article names
      if (/\bof\s+$/.test(text.slice(Math.max(0, inner.start - 4), inner.start))) {
        const m = DEMONYM_KIND.exec(text.slice(Math.max(0, inner.start - 60), inner.start));
        if (m) {
          const k = nameKey(m[1]);
          for (const p of placesOf()) if (p.length >= 4 && k.length > p.length && k.length - p.length <= 3 && k.startsWith(p)) add(placeKey(inner.text), p);
        }
      }
      const named = KIND_OF_BEFORE.exec(text.slice(Math.max(0, inner.start - 20), inner.start)) ?? KIND_NAMED_AFTER.exec(text.slice(inner.end, inner.end + 12)) ?? KIND_NAMED_END.exec(inner.text);
      if (named) lastOfKind.set(named[1].toLowerCase(), placeKey(inner.text));
      // "Ostrel, the island's main town": the island is the one the article last named as an island
      // (one named later, or none, says nothing)
      const referred = KIND_POSSESSIVE.exec(text.slice(inner.end, inner.end + 60));
      const outerKey = referred && lastOfKind.get(referred[1].toLowerCase());
      if (outerKey) add(placeKey(inner.text), outerKey);
      const outer = names[i + 1];
      if (!outer || outer.start - inner.end > 80) continue;
      const between = text.slice(inner.end, outer.start);
      const after = text.slice(outer.end, outer.end + 24);
      // the outer name stands whole: "in the Talmoran highlands" names no place of that name
      // "Belmora's coastal Nerato province", "Talmora’s Orvin district": a place named with the
      // kind of place it is, after another place's possessive, lies inside it
      if (POSSESSIVE_BETWEEN.test(between) && (KIND_AFTER.test(after) || KIND_END.test(outer.text))) {
        add(placeKey(outer.text), placeKey(inner.text));
        continue;
      }
      // ("a fishing village in Nerato province": the kind of place after the name is part of it)
      const whole = !/^\s+\p{Ll}/u.test(after) || /^\s+(?:on|at|in|and|has|had|have|is|was|were|employs|said|says|late|early|last|this)\b/u.test(after) || KIND_AFTER.test(after);
      if (whole && BETWEEN.some((re) => re.test(between))) add(placeKey(inner.text), placeKey(outer.text));
      // "Brisk (Talmora)"
      else if (/^\s*\($/.test(between) && after.startsWith(")")) add(placeKey(inner.text), placeKey(outer.text));
      // "in Lurn, Talmora, on Monday"
      else if (/^,\s+$/.test(between) && BEFORE_PAIR.test(text.slice(Math.max(0, inner.start - 12), inner.start)) && AFTER_PAIR.test(after)) {
        add(placeKey(inner.text), placeKey(outer.text));
      }
    }
  }
  return [...links.values()];
}

/** Two places' keys as one unordered pair. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
