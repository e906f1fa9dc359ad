import { nameKey } from "../align/nameKey.js";
import { STOP_WORDS } from "./lexicon.js";
import { isCommonWord, placeCore, type NameMention } from "./names.js";

/**
 * Bodies named by what they are ("the foreign ministry", "the Ministry of Foreign Affairs of the
 * Republic of Valdora", "the nurses' union", "the Skarn District Court") or by a name whose last word
 * says what they are ("Pellona Airways", "Halvex Corp"), so that a short name ("the Ministry", "the
 * airline") can be read as the one body of that kind the article spoke of, and so that two articles
 * write one body's key alike: what it does and its kind ("foreign ministri"), then whose it is
 * ("|valdora"), or whose it is not ("|-ostrevia") when the article set it apart from another's.
 */

/** Nouns that name a kind of body, and the kind (a firm is a company, a carrier an airline). */
const KINDS = new Map<string, string>([
  ["ministry", "ministry"],
  ["court", "court"],
  ["union", "union"],
  ["company", "company"],
  ["firm", "company"],
  ["airline", "airline"],
  ["carrier", "airline"],
  ["agency", "agency"],
  ["council", "council"],
  ["commission", "commission"],
  ["bank", "bank"],
  ["department", "department"],
  ["service", "service"],
]);
const PLURALS = new Map<string, string>([
  ["ministries", "ministry"],
  ["courts", "court"],
  ["unions", "union"],
  ["companies", "company"],
  ["firms", "company"],
  ["airlines", "airline"],
  ["carriers", "airline"],
  ["agencies", "agency"],
  ["councils", "council"],
  ["commissions", "commission"],
  ["banks", "bank"],
  ["departments", "department"],
  ["services", "service"],
]);
/** Every key of KINDS and PLURALS holds one of these. */
const KIND_STEM = /ministr|court|union|compan|firm|airline|carrier|agenc|council|commission|bank|department|service/;
/** A quick test before any work: does the text name a kind of body at all? */
export const BODY_WORD = /\b(?:ministr|court|union|compan|firm|airline|carrier|agenc|council|commission|bank|department|service|air\b|airways|corp|inc\b|ltd|llc|plc|holdings|group|gmbh)/i;
/** The last word of a name that says what the named body is: "Pellona Airways", "Halvex Corp". */
const BRAND: [RegExp, string][] = [
  [/^(?:Air|Airlines|Airways)$/, "airline"],
  [/^(?:Inc|Corp|Corporation|Ltd|LLC|plc|PLC|Holdings|Group|AG|SA|GmbH)\.?$/, "company"],
];
/** Words before the noun that say the article speaks of more than one body of the kind. */
const SEVERAL = /^(?:other|another|rival|rivals|second|both|two|three|four|several|many|competing|different|each|all|some|partner|sister|smaller|larger)$/i;
/** Words before the noun that say nothing of which body it is. */
const VAGUE = /^(?:local|new|same|main|budget|low-cost|big|bigger|biggest|small|large|largest|private|state-owned|state-run|national|embattled|troubled|whole|entire|country[’']s|nation[’']s)$/i;
/** "the Republic of Valdora": the state's name is what follows. */
const STATE_FORM = /^(?:republic|kingdom|state|principality|federation|commonwealth|emirate|sultanate|grand duchy)$/i;
/** Words of a body's name that say nothing of what it does: "Ministry of Foreign Affairs" is the foreign ministry. */
const EMPTY_SUBJECT = /^(?:affairs|and|the|of)$/i;

/** One mention of a body in an article; `at` and `end` are offsets in the article. */
export interface BodyMention {
  at: number;
  end: number;
  kind: string;
  /** What it does and its kind ("foreign ministri"), or its own name's key; absent for a bare "the ministry". */
  base?: string;
  owner?: string;
  several?: boolean;
}

const WORD = /[\p{L}][\p{L}’'\-]*/gu;

/**
 * The bodies a sentence names. `ownerOf` says whether a capitalised word names a state, town or firm
 * that can own a body (and gives its key), or is a common word ("Foreign", "District", "Supreme").
 */
export function bodyMentions(sentence: string, offset: number, names: NameMention[], ownerOf: (word: string) => string | undefined): BodyMention[] {
  const out: BodyMention[] = [];
  const inName = (at: number) => names.some((n) => n.type !== "person" && n.start <= at && at < n.end);
  // bodies with a capitalised name: "Pellona Airways", "Ministry of Foreign Affairs of the Republic of Valdora"
  for (const n of names) {
    if (n.type === "person") continue;
    const words = n.text.split(/\s+/);
    const last = words[words.length - 1];
    const brand = BRAND.find(([re]) => re.test(last));
    if (brand && words.length >= 2) {
      out.push({ at: offset + n.start, end: offset + n.end, kind: brand[1], base: nameKey(n.text) });
      continue;
    }
    const k = words.findIndex((w) => KINDS.has(w.toLowerCase()) && /^\p{Lu}/u.test(w));
    if (k < 0) continue;
    // "Ostrevia's Foreign Ministry": the possessive stands just before the name
    const possessive = /(\p{Lu}[\p{L}\-]*)[’']s\s+$/u.exec(sentence.slice(Math.max(0, n.start - 40), n.start));
    const prefix = words.slice(0, k);
    if (possessive) prefix.unshift(`${possessive[1]}’s`);
    const tail = words.slice(k + 1).join(" ");
    if (tail && !/^of\s/i.test(tail)) continue;
    out.push(describe(prefix, words[k], tail, offset + n.start, offset + n.end, ownerOf));
  }
  // bodies written in lower case: "the foreign ministry", "Ostrevia's foreign ministry", "the nurses' union"
  // (only where a kind's noun stands: KINDS and PLURALS are lower-case ASCII, so the lowered sentence holds them)
  const words = KIND_STEM.test(sentence.toLowerCase()) ? [...sentence.matchAll(WORD)] : [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0].replace(/[’']s?$/, "");
    const lower = w.toLowerCase();
    const at = words[i].index!;
    if (PLURALS.has(lower) && !/^\p{Lu}/u.test(w)) {
      out.push({ at: offset + at, end: offset + at + w.length, kind: PLURALS.get(lower)!, several: true });
      continue;
    }
    if (!KINDS.has(lower) || /^\p{Lu}/u.test(w) || inName(at)) continue;
    const prefix: string[] = [];
    let start = at;
    for (let j = i - 1; j >= 0 && prefix.length < 2; j--) {
      const p = words[j][0];
      // only a space between the words: a comma or a dash ends the phrase
      if (!/^\s+$/.test(sentence.slice(words[j].index! + p.length, start))) break;
      const pl = p.toLowerCase();
      if (SEVERAL.test(pl)) {
        prefix.unshift(p);
        break;
      }
      if (STOP_WORDS.has(pl) || /^(?:said|says|told)$/.test(pl) || (/^\p{Ll}/u.test(p) && /(?:ed|ing|ly)$/.test(pl))) break;
      prefix.unshift(p);
      start = words[j].index!;
    }
    out.push(describe(prefix, w, "", offset + start, offset + at + w.length, ownerOf));
  }
  return out;
}

function describe(prefix: string[], noun: string, tail: string, at: number, end: number, ownerOf: (word: string) => string | undefined): BodyMention {
  const kind = KINDS.get(noun.toLowerCase())!;
  const subject: string[] = [];
  let owner: string | undefined;
  let several = false;
  for (const raw of prefix) {
    if (SEVERAL.test(raw)) {
      several = true;
      continue;
    }
    if (VAGUE.test(raw)) continue;
    const possessive = /[’']s?$/.test(raw);
    const w = raw.replace(/[’']s?$/, "");
    if (/^\p{Lu}/u.test(w)) {
      const o = ownerOf(w);
      if (o || possessive) {
        owner = o ?? nameKey(w);
        continue;
      }
    }
    subject.push(w.toLowerCase());
  }
  // "of Foreign Affairs of the Republic of Valdora": what it does, then whose it is
  const segments = tail ? tail.replace(/^of\s+/i, "").split(/\s+of\s+(?:the\s+)?/i) : [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i].replace(/^the\s+/i, "");
    if (STATE_FORM.test(seg) && i + 1 < segments.length) {
      owner = nameKey(placeCore(segments[i + 1]));
      break;
    }
    const segWords = seg.split(/\s+/);
    if (segWords.some((w) => /^\p{Lu}/u.test(w) && ownerOf(w))) owner = nameKey(placeCore(seg));
    else subject.push(...segWords.map((w) => w.toLowerCase()));
  }
  const what = subject.filter((w) => !EMPTY_SUBJECT.test(w)).map((w) => (w === "defense" ? "defence" : w));
  const m: BodyMention = { at, end, kind };
  if (what.length || owner) m.base = nameKey([...what, kind].join(" "));
  if (owner) m.owner = owner;
  if (several) m.several = true;
  return m;
}

/**
 * The bodies of one article and what each mention's key is. A mention that does not say whose body it
 * is takes the owner that a mention of the same body before it gave; with none before, it is not the
 * body of an owner the article names later ("the foreign ministry said … Ostrevia's foreign ministry
 * said": the first is not Ostrevia's).
 */
export class ArticleBodies {
  private readonly keys: (string | undefined)[];
  /** Mentions by where they end: a speaker phrase is looked up by its end (long articles have many). */
  private readonly byEnd = new Map<number, number[]>();
  /** Per kind of body: whether the article speaks of several, the keys it gives, the first keyed mention. */
  private readonly kinds = new Map<string, { several: boolean; identities: Set<string>; firstKeyedAt: number }>();
  constructor(
    private readonly text: string,
    private readonly mentions: BodyMention[],
  ) {
    mentions.sort((a, b) => a.at - b.at);
    // owners met so far and in all, per base: one pass, not a look back from every mention
    const all = new Map<string, Set<string>>();
    for (const m of mentions) if (m.base && m.owner) (all.get(m.base) ?? all.set(m.base, new Set()).get(m.base)!).add(m.owner);
    const seen = new Map<string, Set<string>>();
    this.keys = mentions.map((m) => {
      if (!m.base) return undefined;
      const before = seen.get(m.base) ?? new Set<string>();
      let key: string;
      if (m.owner) key = `${m.base}|${m.owner}`;
      else if (before.size === 1) key = `${m.base}|${[...before][0]}`;
      else {
        // with no owner before it, every owner of this body the article names is after it
        const others = [...(before.size ? before : (all.get(m.base) ?? []))].sort();
        key = others.length ? `${m.base}|-${others.join(",")}` : m.base;
      }
      if (m.owner) seen.set(m.base, before.add(m.owner));
      return key;
    });
    mentions.forEach((m, i) => {
      (this.byEnd.get(m.end) ?? this.byEnd.set(m.end, []).get(m.end)!).push(i);
      let k = this.kinds.get(m.kind);
      if (!k) this.kinds.set(m.kind, (k = { several: false, identities: new Set(), firstKeyedAt: Infinity }));
      if (m.several) k.several = true;
      const key = this.keys[i];
      if (key !== undefined) {
        k.identities.add(key);
        k.firstKeyedAt = Math.min(k.firstKeyedAt, m.at);
      }
    });
  }

  /**
   * The key of the body a speaker phrase names, when the phrase is the whole mention (not "a ministry
   * spokesman", not "the general secretary of the nurses' union"). A bare "the ministry" is the one
   * body of its kind the article named before it; when it named two, or speaks of several, none.
   */
  keyOf(start: number, end: number): string | undefined {
    // the mention ends where the phrase does, and the phrase has nothing before it but an article
    const near = [end - 1, end, end + 1].flatMap((e) => this.byEnd.get(e) ?? []).sort((x, y) => x - y);
    const i = near.find((j) => {
      const m = this.mentions[j];
      return m.at < end && (m.at <= start || /^(?:(?:the|an?)\s+)?$/i.test(this.text.slice(start, m.at)));
    });
    if (i === undefined) return undefined;
    const m = this.mentions[i];
    if (this.keys[i]) return this.keys[i];
    if (m.several) return undefined;
    const kind = this.kinds.get(m.kind)!;
    if (kind.several || kind.identities.size !== 1) return undefined;
    const [only] = kind.identities;
    if (only.includes("|-")) return undefined;
    return kind.firstKeyedAt < m.at ? only : undefined;
  }
}

/** An institution's key without its owner: what its quotes are blocked by. */
export function bodyBase(entity: string): string {
  const bar = entity.indexOf("|");
  return bar < 0 ? entity : entity.slice(0, bar);
}

/**
 * Two bodies' keys name one body: the same base, and owners that agree (one owner, or none stated,
 * or none stated but not the other's).
 */
export function sameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [ba, oa] = split(a);
  const [bb, ob] = split(b);
  if (ba !== bb) return false;
  if (!oa || !ob) return true;
  const not = (o: string) => (o.startsWith("-") ? o.slice(1).split(",") : undefined);
  const [na, nb] = [not(oa), not(ob)];
  if (na && nb) return true;
  if (na) return !na.includes(ob);
  if (nb) return !nb.includes(oa);
  return oa === ob;
}

function split(entity: string): [string, string | undefined] {
  const bar = entity.indexOf("|");
  return bar < 0 ? [entity, undefined] : [entity.slice(0, bar), entity.slice(bar + 1)];
}
