import { ROLE_WORDS } from "../extract/lexicon.js";
import type { Claim, Conflict, ConflictKind, QuantityClaim, Relation } from "../types.js";
import { pushTo } from "../util/pushTo.js";
import { fileName } from "./fileName.js";
import { nameKey } from "../align/nameKey.js";
import { UNITS } from "../extract/lexicon.js";
import { formatNumber, METRIC, shortUnit } from "./formatValue.js";

const KIND_OF: Record<Relation["kind"], ConflictKind | undefined> = {
  conflicts: "quantity",
  "dates-inconsistent": "date",
  "quote-reworded": "quote",
  "attribution-differs": "attribution",
  agrees: undefined,
  compatible: undefined,
};

/** Relation kinds that link claims into one subject, per conflict kind. */
const FAMILY: Record<ConflictKind, Relation["kind"][]> = {
  quantity: ["conflicts", "agrees", "compatible"],
  date: ["dates-inconsistent", "agrees", "compatible"],
  quote: ["quote-reworded", "agrees"],
  attribution: ["attribution-differs"],
  other: [],
};

/**
 * Groups relations into conflicts: the claims linked by relations of one kind of claim form a
 * subject; a subject with at least one disagreeing pair is a conflict listing every claim of it,
 * so that a reader also sees the sources that agree.
 */
export function groupConflicts(relations: Iterable<Relation>, claimOf: (id: string) => Claim | undefined, attributionClaimOf: (c: Claim) => Claim | undefined): Conflict[] {
  const byKind = new Map<ConflictKind, Relation[]>();
  for (const r of relations) {
    const a = claimOf(r.a);
    if (!a) continue;
    const k: ConflictKind | undefined =
      r.kind === "attribution-differs" ? "attribution" : a.kind === "quantity" ? "quantity" : a.kind === "date" ? "date" : a.kind === "quote" ? "quote" : undefined;
    if (k && FAMILY[k].includes(r.kind)) pushTo(byKind, k, r);
  }
  const out: Conflict[] = [];
  for (const [kind, rels] of byKind) {
    for (const component of components(rels)) {
      const bad = component.filter((r) => KIND_OF[r.kind] === kind);
      if (!bad.length) continue;
      out.push(kind === "attribution" ? attributionConflict(bad, claimOf, attributionClaimOf) : conflictOf(kind, component, bad, claimOf));
    }
  }
  return out.sort(conflictOrder);
}

/** The order conflicts are listed in: by the file and position of their first claim. */
export function conflictOrder(a: Conflict, b: Conflict): number {
  return (a.claims[0]?.uri ?? "").localeCompare(b.claims[0]?.uri ?? "") || (a.claims[0]?.span.start ?? 0) - (b.claims[0]?.span.start ?? 0);
}

function components(rels: Relation[]): Relation[][] {
  // union-find over numbers: one string look-up per end, not one per step of every find
  const index = new Map<string, number>();
  const parent: number[] = [];
  const numberOf = (x: string): number => {
    let i = index.get(x);
    if (i === undefined) {
      index.set(x, (i = parent.length));
      parent.push(i);
    }
    return i;
  };
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const ends = new Int32Array(rels.length);
  for (let k = 0; k < rels.length; k++) {
    const a = find((ends[k] = numberOf(rels[k].a)));
    const b = find(numberOf(rels[k].b));
    if (a !== b) parent[a] = b;
  }
  // a component's place is where its first relation is, whichever end became the root
  const groups = new Map<number, Relation[]>();
  for (let k = 0; k < rels.length; k++) pushTo(groups, find(ends[k]), rels[k]);
  return [...groups.values()];
}

/** Pairs in index order, so that the same conflict reads the same however it was reached. */
const sortPairs = (pairs: [number, number][]) => pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);

/** Relations in the order of the claims they join (then by id), for the same reason. */
function byPosition(relations: Relation[], index: Map<string, number>): Relation[] {
  const key = (r: Relation) => [index.get(r.a) ?? -1, index.get(r.b) ?? -1].sort((x, y) => x - y);
  return [...relations].sort((r, q) => {
    const [a, b] = key(r);
    const [c, d] = key(q);
    return a - c || b - d || (r.id < q.id ? -1 : r.id > q.id ? 1 : 0);
  });
}

function conflictOf(kind: ConflictKind, component: Relation[], bad: Relation[], claimOf: (id: string) => Claim | undefined): Conflict {
  const ids = [...new Set(component.flatMap((r) => [r.a, r.b]))];
  const claims = ids.map(claimOf).filter((c): c is Claim => !!c).sort((a, b) => a.uri.localeCompare(b.uri) || a.span.start - b.span.start);
  const index = new Map(claims.map((c, i) => [c.id, i]));
  const disagreements = sortPairs(bad.map((r) => [index.get(r.a)!, index.get(r.b)!].sort((x, y) => x - y) as [number, number]));
  const clocked = (id: string) => {
    const c = claimOf(id);
    return c?.kind === "date" && !!c.clock;
  };
  // times of day that disagree: the time of the happening, whatever days agree with them
  const subject = kind === "date" && bad.every((r) => clocked(r.a) && clocked(r.b)) ? subjectOf(representative(claims)).replace(/^date\b/, "time") : subjectOf(representative(claims));
  const conflict: Conflict = {
    id: stableId(kind, [subject, ...claims.map(contentKey)]),
    kind,
    subject,
    message: "",
    severity: kind === "quote" ? "information" : "warning",
    claims,
    disagreements,
    relations: byPosition(component, index),
  };
  conflict.message = summary(conflict);
  return conflict;
}

function attributionConflict(bad: Relation[], claimOf: (id: string) => Claim | undefined, attributionClaimOf: (c: Claim) => Claim | undefined): Conflict {
  // in text order, not in the order the relations were found: an edited corpus reads as a fresh one
  const figures = [...new Set(bad.flatMap((r) => [r.a, r.b]))]
    .map(claimOf)
    .filter((c): c is Claim => !!c)
    .sort((a, b) => a.uri.localeCompare(b.uri) || a.span.start - b.span.start);
  const claims: Claim[] = [];
  const pos = new Map<string, number>();
  for (const f of figures) {
    // a quote is its own subject: the words are what is credited
    const a = f.kind === "quote" ? f : (attributionClaimOf(f) ?? f);
    if (!pos.has(a.id)) {
      pos.set(a.id, claims.length);
      claims.push(a);
    }
    pos.set(f.id, pos.get(a.id)!);
  }
  const disagreements = sortPairs(bad.map((r) => [pos.get(r.a)!, pos.get(r.b)!].sort((x, y) => x - y) as [number, number]).filter(([x, y]) => x !== y));
  const first = figures[0];
  const speakers = figures.map((f) => `${f.attribution?.speaker} (${fileName(f.uri)})`);
  const words = figures.filter((f) => f.kind === "quote").sort((x, y) => x.span.text.length - y.span.text.length)[0];
  const subject = words ? `who said “${words.span.text}”` : `who gave the ${subjectOf(first)}`;
  const figure = first.kind === "quantity" ? `“${first.span.text}”, the ${subjectOf(first)}` : `the ${subjectOf(first)}`;
  return {
    id: stableId("attribution", [subject, ...claims.map(contentKey)]),
    kind: "attribution",
    subject,
    message: words
      ? `Sources credit the same words (“${words.span.text}”) to different people: ${[...new Set(speakers)].join(", ")}.`
      : `Sources credit the same figure (${figure}) to different people: ${[...new Set(speakers)].join(", ")}.`,
    severity: "information",
    claims,
    disagreements,
    relations: byPosition(bad, pos),
  };
}

/** The claim that names the subject best: the most common noun, with the most detail. */
function representative(claims: Claim[]): Claim {
  const nouns = new Map<string, number>();
  for (const c of claims) if (c.kind === "quantity") nouns.set(c.counted.noun, (nouns.get(c.counted.noun) ?? 0) + 1);
  const score = (c: Claim) => (c.kind === "quantity" ? (nouns.get(c.counted.noun) ?? 0) * 10 + c.counted.proper.length + c.counted.scope.places.length : 0);
  return [...claims].sort((a, b) => score(b) - score(a))[0];
}

const EVENT_TEXT: Record<string, string> = {
  // an invasion or the outbreak of a war; the outbreak of a disease
  outbreak: "outbreak",
  epidemic: "outbreak",
  first: "first case",
  occur: "event",
  begin: "start",
  onset: "start",
  walkout: "start of the strike",
  die: "deaths",
  sink: "sinking",
  announce: "announcement",
};

const ROLE_TEXT: Record<string, string> = {
  casualty: " killed or wounded",
  displaced: " displaced or evacuated",
  sheltered: " in shelters",
  extent: " (area affected)",
  aboard: " on board",
  hospitalised: " in hospital",
  striking: " on strike",
  total: " in all",
  population: " living there",
};

const STAND_IN = /^(?:others?|more|injured|wounded|dead|killed|missing)$/i;
const MEASURE_NOUN = /^(magnitude|turnout|temperature|inflation|unemployment|depth|height|speed|age)(?::aftershock)?$/;

/** What the claims of a conflict are about, in words. */
export function subjectOf(c: Claim): string {
  switch (c.kind) {
    case "quantity": {
      const k = c.counted;
      // "62 others injured", "188 others", "the injured": people, whatever word stood for them
      const standIn = STAND_IN.test(k.noun);
      // ("people" borrowed as a modifier by "180 more injured" is the noun itself)
      const modifiers = k.modifiers.filter((m) => !STAND_IN.test(m) && m !== (standIn ? "people" : k.noun));
      const words = [...(k.proper.length ? k.proper : modifiers.slice(-1)).map(titleIf(k.proper.length > 0)), standIn ? "people" : k.noun];
      // "number of deaths", not "number of deaths killed": a noun that names the role says it
      const named = ROLE_WORDS.get(k.noun) === k.role || (k.role === "infected" && /^(?:cases?|infections?)$/.test(k.noun));
      const role = !standIn && named ? "" : ROLE_TEXT[k.role] ?? (k.role === "unspecified" || k.role === "present" ? "" : ` ${k.role}`);
      const place = k.scope.places.length ? ` in ${k.scope.places.map((p) => placeAsWritten(c.sentence.text, p)).join(", ")}` : "";
      // a measure is named, not counted: "magnitude of the earthquake", "magnitude of the aftershocks"
      const measure = MEASURE_NOUN.exec(k.thing);
      if (measure) {
        const of = k.thing.endsWith(":aftershock") ? " of the aftershocks" : k.role.startsWith("size of ") ? ` of the ${k.role.slice(8)}` : "";
        return `${measure[1]}${of}${place}`;
      }
      // a measure is named for what it measures: "length of the route", "distance north", "area affected"
      if (k.thing.startsWith("length:")) return `length of the ${k.noun}${place}`;
      // "distance of the epicentre from Orvin", "distance of Kessel from Orvin"
      const ends = /^distance:(.+)~(.+)$/.exec(k.thing);
      if (ends) {
        const located = ends[1].startsWith("place:") ? placeAsWritten(c.sentence.text, ends[1].slice(6)) : `the ${LOCATED_TEXT[ends[1]] ?? ends[1]}`;
        return `distance of ${located} from ${placeAsWritten(c.sentence.text, ends[2])}`;
      }
      if (k.thing.startsWith("distance:")) return `distance ${k.thing.slice(9)}${place}`;
      if (k.thing === "area" && k.role === "extent") return `area affected${place}`;
      return `number of ${words.join(" ")}${role}${place}`.replace(/\s+/g, " ");
    }
    case "date":
      return c.event[0] ? `date of the ${EVENT_TEXT[c.event[0]] ?? c.event[0]}` : "date";
    case "quote":
      return `words of ${c.attribution?.speaker ?? "a speaker"}`;
    case "attribution":
      return `statement credited to ${c.attribution.speaker}`;
  }
}

const LOCATED_TEXT: Record<string, string> = { crash: "crash site", sinking: "sinking" };

/** A place as the sentence writes it ("Kyiv", not its merge key "kiv"). */
function placeAsWritten(sentence: string, key: string): string {
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*/gu)) {
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) if (nameKey(words.slice(i, j).join(" ")) === key) return words.slice(i, j).join(" ").replace(/[’']s$/, "");
  }
  return titleIf(true)(key);
}

const titleIf = (on: boolean) => (w: string) => (on ? w.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase()) : w);

/**
 * The unit a conflict's measures are set side by side in, when they were written in several ("240
 * miles" and "280 km"): the metric one most of them use, else the one most use. None for one unit,
 * sums of money (no rate is known) and units that do not convert.
 */
function commonUnit(claims: Claim[]): string | undefined {
  const count = new Map<string, number>();
  let dimension: string | undefined;
  for (const c of claims) {
    if (c.kind !== "quantity" || !c.unit) return undefined;
    const known = UNITS.get(c.unit.toLowerCase());
    if (!known || (dimension && known[0] !== dimension)) return undefined;
    dimension = known[0];
    const u = shortUnit(c.unit);
    count.set(u, (count.get(u) ?? 0) + 1);
  }
  if (count.size < 2) return undefined;
  const ranked = [...count].sort((a, b) => Number(METRIC.has(b[0])) - Number(METRIC.has(a[0])) || b[1] - a[1]);
  return ranked[0][0];
}

/** A figure in another unit, to three significant digits: 240 miles → "386 km". */
function converted(c: QuantityClaim, target: string): string | undefined {
  if (!c.unit || shortUnit(c.unit) === target) return undefined;
  const key = [...UNITS.keys()].find((k) => shortUnit(k) === target || k === target.toLowerCase());
  const to = key ? UNITS.get(key) : undefined;
  const from = UNITS.get(c.unit.toLowerCase());
  if (!to || !from) return undefined;
  const base = (c.value + (from[2] ?? 0)) * from[1];
  const v = base / to[1] - (to[2] ?? 0);
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(v) || 1)));
  const rounded = Math.round(v * 10 ** digits) / 10 ** digits;
  return `${c.approximate ? "~" : ""}${formatNumber(rounded)} ${target}`;
}

function valueOf(c: Claim, unit?: string): string {
  switch (c.kind) {
    case "quantity": {
      const other = unit ? converted(c, unit) : undefined;
      return other ? `${c.span.text} (${other})` : c.span.text;
    }
    case "date":
      return `${c.span.text}${(c.resolved || c.clock) && c.display !== c.span.text ? ` (${c.display})` : ""}`;
    case "quote":
      return `“${c.quote.length > 60 ? c.quote.slice(0, 57) + "…" : c.quote}”`;
    case "attribution":
      return c.attribution.speaker;
  }
}

/** Values grouped by file, with a count when a file repeats one: "about 11,000 (001.txt, 2x)". */
function listValues(claims: Claim[], unit?: string, who = false): string {
  const groups = new Map<string, { value: string; file: string; n: number; speaker?: string }>();
  for (const c of claims) {
    const value = valueOf(c, unit);
    const speaker = who ? c.attribution?.speaker : undefined;
    const key = `${value}|${c.uri}|${speaker ?? ""}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { value, file: fileName(c.uri), n: 1, speaker });
  }
  return [...groups.values()].map((g) => `${g.value} (${g.file}${g.n > 1 ? `, ${g.n}x` : ""}${g.speaker ? `, per ${g.speaker}` : ""})`).join(", ");
}

/**
 * Whether to say who gave each figure or date: when the claims credit them to different speakers
 * (two sides of a war each giving their own count), a reader must see who says what, not only
 * which outlet printed it.
 */
function speakersDiffer(claims: Claim[]): boolean {
  if (!claims.every((c) => c.kind === "quantity" || c.kind === "date")) return false;
  const speakers = new Set(claims.map((c) => c.attribution?.speaker.toLowerCase() ?? ""));
  speakers.delete("");
  return speakers.size > 1;
}

function summary(c: Conflict): string {
  const inPair = new Set(c.disagreements.flat());
  const disagreeing = c.claims.filter((_, i) => inPair.has(i));
  const others = c.claims.filter((_, i) => !inPair.has(i));
  const lead = c.kind === "quote" ? `Sources quote ${c.subject.replace(/^words of /, "")} differently` : `Sources disagree on the ${c.subject}`;
  const unit = commonUnit(c.claims);
  const who = speakersDiffer(c.claims);
  return `${lead}: ${listValues(disagreeing, unit, who)}${others.length ? `; ${listValues(others, unit, who)} ${others.length > 1 ? "are" : "is"} compatible` : ""}.`;
}

/**
 * The message for one claim of a conflict: what the other sources say, split into those that
 * contradict it and those that are compatible with it. The same text serves the CLI and the editor.
 */
export function describeClaimIn(conflict: Conflict, index: number): string {
  const me = conflict.claims[index];
  if (!me) return conflict.message;
  const against = new Set<number>();
  for (const [a, b] of conflict.disagreements) {
    if (a === index) against.add(b);
    if (b === index) against.add(a);
  }
  const others = conflict.claims.filter((c, i) => i !== index && c.uri !== me.uri);
  const contra = others.filter((c) => against.has(conflict.claims.indexOf(c)));
  const rest = others.filter((c) => !against.has(conflict.claims.indexOf(c)));
  if (conflict.kind === "quote") {
    // every other rendering, as the words that differ from this one
    const parts = conflict.relations
      .filter((x) => (x.a === me.id || x.b === me.id) && x.kind === "quote-reworded" && x.diff)
      .map((x) => {
        const mine = x.a === me.id ? "removed" : "added";
        const theirs = mine === "removed" ? "added" : "removed";
        const other = conflict.claims.find((c) => c.id === (x.a === me.id ? x.b : x.a))!;
        const words = (op: string) => x.diff!.filter((p) => p.op === op).map((p) => p.text).slice(0, 3);
        return `${fileName(other.uri)} has “${words(theirs).join(" … ") || "—"}” where this has “${words(mine).join(" … ") || "—"}”`;
      });
    const who = me.attribution?.speaker ?? "The speaker";
    return parts.length ? `${who} is quoted in other words elsewhere: ${parts.join("; ")}.` : conflict.message;
  }
  if (conflict.kind === "attribution") {
    const mine = me.kind === "attribution" ? me.attribution.speaker : me.attribution?.speaker;
    if (me.kind === "quote") return `Other sources credit these words to ${contra.map((c) => `${c.attribution?.speaker} (${fileName(c.uri)})`).join(", ")}${mine ? `, not ${mine}` : ""}.`;
    return `Other sources credit the same figure to ${contra.map((c) => `${valueOf(c)} (${fileName(c.uri)})`).join(", ")}${mine ? `, not ${mine}` : ""}.`;
  }
  if (!contra.length) return `${conflict.message}`;
  const unit = commonUnit(conflict.claims);
  const who = speakersDiffer(conflict.claims);
  const agreeing = rest.length ? `; ${listValues(rest, unit, who)} ${rest.length > 1 ? "are" : "is"} compatible` : "";
  const mine = unit && me.kind === "quantity" ? converted(me, unit) : undefined;
  const myWho = who && me.attribution ? `; this is per ${me.attribution.speaker}` : "";
  return `${cap(conflict.subject)}: other sources say ${listValues(contra, unit, who)}${agreeing}${mine ? `; this says ${me.span.text} (${mine})` : ""}${myWho}.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// by file and wording, not offset: editing another paragraph must not change the id
const contentKey = (c: Claim) => `${fileName(c.uri)}:${c.span.text}`;

/** A short id that stays the same while the same claims disagree, for ignore lists and fingerprints. */
export function stableId(kind: string, ids: string[]): string {
  const text = `${kind}|${[...ids].sort().join("|")}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return `${kind}-${(h1 >>> 0).toString(16).padStart(8, "0")}${(h2 >>> 0).toString(16).padStart(8, "0")}`;
}
