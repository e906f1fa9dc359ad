/**
 * The data of the pictures (claim matrix, timeline, quote comparison), computed once from the
 * corpus's own relations and conflicts for every face to render. Nothing here decides anew whether
 * two claims match: a row is a set of claims the engine related, a cell's state is the relation the
 * engine found.
 */
import type { Corpus } from "../corpus.js";
import { claimValue } from "../report.js";
import { fileName } from "../describe/fileName.js";
import { stableId, subjectOf } from "../describe/conflicts.js";
import { nameKey } from "../align/nameKey.js";
import { pushTo } from "../util/pushTo.js";
import { formatDate } from "../describe/formatValue.js";
import type { Claim, ClaimKind, Conflict, CorpusEvent, DateClaim, Position, Relation } from "../types.js";
import { quoteDiff, type QuoteView } from "./quoteDiff.js";

export type { QuoteView, QuoteRendering } from "./quoteDiff.js";

export type CellState = "agrees" | "compatible" | "conflicts" | "silent";

/** A place in an article that a picture links to. */
export interface SpanRef {
  uri: string;
  /** As the face shows it (relative path, file name). */
  path: string;
  /** UTF-16 offsets into the article. */
  start: number;
  end: number;
  range: { start: Position; end: Position };
  text: string;
}

export interface CellClaim extends SpanRef {
  claimId: string;
  /** The claim's value as the other faces print it ("~11,000", "2024-11-04", a speaker). */
  value: string;
}

export interface MatrixCell {
  /** Index into `Comparison.sources`. */
  source: number;
  state: CellState;
  claims: CellClaim[];
  /** Sources (indices into `Comparison.sources`) that this source's value conflicts with. */
  against: number[];
}

export interface MatrixRow {
  id: string;
  kind: ClaimKind;
  subject: string;
  /** The worst state of its cells: conflicts, else compatible, else agrees. */
  state: Exclude<CellState, "silent">;
  /** The engine's conflict for this subject, when the sources disagree. */
  conflictId?: string;
  /** A person accepted this conflict (`.corroborate/ignore.json`). */
  ignored?: boolean;
  /** One per column of the event, in its order; a source that does not state it is `silent`. */
  cells: MatrixCell[];
}

export interface TimelineLane {
  /** The resolved date as the engine prints it ("2024-11-04", "2024-08"). */
  display: string;
  start: string;
  end: string;
  state: CellState;
  sources: number[];
  claims: CellClaim[];
}

export interface TimelineEntry {
  id: string;
  label: string;
  /** Earliest resolved start of its lanes (ISO). */
  start: string;
  /** Sources place it on different dates: the lanes stand side by side. */
  disagrees: boolean;
  lanes: TimelineLane[];
}

export interface EventView {
  id: string;
  title: string;
  date?: string;
  /** Columns: indices into `Comparison.sources`. */
  sources: number[];
  rows: MatrixRow[];
  timeline: TimelineEntry[];
  quotes: QuoteView[];
  /** Rows whose sources disagree (not counting reviewed ones). */
  conflicts: number;
}

export interface ComparisonSource {
  uri: string;
  path: string;
  name: string;
  title?: string;
  publisher?: string;
  date?: string;
}

export interface Comparison {
  sources: ComparisonSource[];
  /** Events with at least one subject two sources state, most disagreements first. */
  events: EventView[];
  /** Articles in no compared event. */
  unmatched: number;
}

export interface CompareOptions {
  pathOf?: (uri: string) => string;
  /** Ids of conflicts a person accepted; their rows are marked, not hidden. */
  ignore?: Set<string>;
}

/** Relations that link claims into one subject, per kind of claim (the conflicts' families). */
const FAMILY: Record<Exclude<ClaimKind, "attribution">, Relation["kind"][]> = {
  quantity: ["conflicts", "agrees", "compatible"],
  date: ["dates-inconsistent", "agrees", "compatible"],
  quote: ["quote-reworded", "agrees"],
};
const BAD = new Set<Relation["kind"]>(["conflicts", "dates-inconsistent", "quote-reworded", "attribution-differs"]);
const KIND_ORDER: ClaimKind[] = ["quantity", "attribution", "date", "quote"];
const STATE_RANK: Record<CellState, number> = { conflicts: 3, compatible: 2, agrees: 1, silent: 0 };

/** A subject: claims linked by relations of one family, and those relations. */
interface Subject {
  kind: ClaimKind;
  claims: Claim[];
  relations: Relation[];
}

export function compareSources(corpus: Corpus, opts: CompareOptions = {}): Comparison {
  const pathOf = opts.pathOf ?? fileName;
  const sources: ComparisonSource[] = corpus.sources().map((s) => ({
    uri: s.uri,
    path: pathOf(s.uri),
    name: fileName(s.uri),
    title: s.title,
    publisher: s.publisher,
    date: s.date,
  }));
  const sourceIndex = new Map(sources.map((s, i) => [s.uri, i]));
  const events = corpus.events();
  const eventOf = new Map<string, number>();
  events.forEach((e, i) => e.sources.forEach((u) => eventOf.set(u, i)));
  const conflictOf = new Map<string, Conflict>();
  for (const c of corpus.conflicts()) for (const cl of c.claims) conflictOf.set(`${c.kind}|${cl.id}`, c);

  const ref = (c: Claim, span = c.span): CellClaim => ({
    claimId: c.id,
    uri: c.uri,
    path: pathOf(c.uri),
    start: span.start,
    end: span.end,
    range: span.range,
    text: span.text,
    value: claimValue(c),
  });

  const rowsByEvent = new Map<number, { row: MatrixRow; subject: Subject }[]>();
  for (const subject of subjects(corpus)) {
    // a subject belongs to the event most of its sources report
    const votes = new Map<number, number>();
    for (const c of subject.claims) {
      const e = eventOf.get(c.uri);
      if (e !== undefined) votes.set(e, (votes.get(e) ?? 0) + 1);
    }
    const event = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    if (event === undefined) continue;
    const row = matrixRow(subject, events[event], sourceIndex, conflictOf, opts.ignore, ref, corpus);
    if (row) pushTo(rowsByEvent, event, { row, subject });
  }

  const views: EventView[] = [];
  for (const [e, entries] of rowsByEvent) {
    const event = events[e];
    for (const part of bySharedSources(entries)) {
      part.sort(
        (a, b) =>
          KIND_ORDER.indexOf(a.row.kind) - KIND_ORDER.indexOf(b.row.kind) ||
          STATE_RANK[b.row.state] - STATE_RANK[a.row.state] ||
          silentCount(a.row) - silentCount(b.row) ||
          a.row.subject.localeCompare(b.row.subject),
      );
      // the columns: the event's sources that state something in this part, in the event's order
      const stating = new Set(part.flatMap((x) => x.row.cells.filter((c) => c.state !== "silent").map((c) => c.source)));
      const columns = event.sources.map((u) => sourceIndex.get(u)!).filter((s) => stating.has(s));
      const rows = part.map((x) => ({ ...x.row, cells: x.row.cells.filter((c) => stating.has(c.source)) }));
      const uris = new Set(columns.map((s) => sources[s].uri));
      const titled = columns.map((s) => sources[s].title).find(Boolean);
      views.push({
        id: part.length === entries.length ? event.id : stableId("view", [event.id, ...rows.map((r) => r.id)]),
        title: part.length === entries.length ? event.title : (titled ?? event.title),
        date: columns.map((s) => sources[s].date).filter((d): d is string => !!d).sort()[0] ?? event.date,
        sources: columns,
        rows,
        timeline: timeline({ ...event, subEvents: event.subEvents.filter((x) => x.sources.every((u) => uris.has(u))) }, rows, corpus, ref, sourceIndex),
        quotes: part.filter((x) => x.row.kind === "quote").map((x) => quoteDiff(rows[part.indexOf(x)], x.subject.claims, x.subject.relations)),
        conflicts: rows.filter((r) => r.state === "conflicts" && !r.ignored).length,
      });
    }
  }
  views.sort((a, b) => b.conflicts - a.conflicts || b.sources.length - a.sources.length || a.id.localeCompare(b.id));
  const shown = new Set(views.flatMap((v) => v.sources));
  return { sources, events: views, unmatched: sources.length - shown.size };
}

const silentCount = (r: MatrixRow) => r.cells.filter((c) => c.state === "silent").length;

/**
 * The rows of an event split into matrices a person can read. The engine's events can join reports
 * of several happenings that share names; a matrix of sources that state nothing in common would be
 * all silence. Up to `WHOLE` sources stay one matrix; beyond that, sources that state at least three
 * subjects in common stay together, and each row goes where most of its sources are.
 */
const WHOLE = 12;
function bySharedSources<T extends { row: MatrixRow }>(entries: T[]): T[][] {
  const stating = entries.map((x) => x.row.cells.filter((c) => c.state !== "silent").map((c) => c.source));
  if (new Set(stating.flat()).size <= WHOLE) return [entries];
  const shared = new Map<string, number>();
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    const p = parent.get(i) ?? i;
    if (p === i) return i;
    const root = find(p);
    parent.set(i, root);
    return root;
  };
  for (const list of stating)
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i] < list[j] ? `${list[i]}|${list[j]}` : `${list[j]}|${list[i]}`;
        const n = (shared.get(key) ?? 0) + 1;
        shared.set(key, n);
        if (n === 3) parent.set(find(list[i]), find(list[j]));
      }
  const groups = new Map<number, T[]>();
  entries.forEach((x, i) => {
    const votes = new Map<number, number>();
    for (const s of stating[i]) votes.set(find(s), (votes.get(find(s)) ?? 0) + 1);
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? -1;
    pushTo(groups, best, x);
  });
  return [...groups.values()];
}

/** The subjects of the corpus: connected claims per family, and attribution disputes. */
function subjects(corpus: Corpus): Subject[] {
  const byFamily = new Map<ClaimKind, Relation[]>();
  for (const r of corpus.allRelations()) {
    if (r.kind === "attribution-differs") {
      pushTo(byFamily, "attribution", r);
      continue;
    }
    const a = corpus.claim(r.a);
    if (a && a.kind !== "attribution" && FAMILY[a.kind].includes(r.kind)) pushTo(byFamily, a.kind, r);
  }
  const out: Subject[] = [];
  for (const [kind, rels] of byFamily) {
    for (const group of components(rels)) {
      const ids = [...new Set(group.flatMap((r) => [r.a, r.b]))];
      const claims = ids.map((id) => corpus.claim(id)).filter((c): c is Claim => !!c);
      claims.sort((a, b) => a.uri.localeCompare(b.uri) || a.span.start - b.span.start);
      out.push({ kind, claims, relations: group });
    }
  }
  // Sources that credit a figure or date to the same speaker agree on who said it; when they credit
  // different people the engine's attribution relations above already made the row.
  const disputed = new Set(out.filter((s) => s.kind === "attribution").flatMap((s) => s.claims.map((c) => c.id)));
  for (const s of [...out]) {
    if (s.kind !== "quantity" && s.kind !== "date") continue;
    const credited = s.claims.filter((c) => c.attribution && !disputed.has(c.id));
    if (new Set(credited.map((c) => c.uri)).size >= 2 && new Set(credited.map(speakerKey)).size === 1) {
      out.push({ kind: "attribution", claims: credited, relations: [] });
    }
  }
  return out;
}

function components(rels: Relation[]): Relation[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x);
    if (p === undefined || p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const r of rels) {
    const a = find(r.a);
    const b = find(r.b);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, Relation[]>();
  for (const r of rels) pushTo(groups, find(r.a), r);
  return [...groups.values()];
}

function matrixRow(
  subject: Subject,
  event: CorpusEvent,
  sourceIndex: Map<string, number>,
  conflictOf: Map<string, Conflict>,
  ignore: Set<string> | undefined,
  ref: (c: Claim, span?: Claim["span"]) => CellClaim,
  corpus: Corpus,
): MatrixRow | undefined {
  const state = new Map<string, CellState>();
  const against = new Map<string, Set<string>>();
  const raise = (id: string, s: CellState) => {
    if (STATE_RANK[s] > STATE_RANK[state.get(id) ?? "silent"]) state.set(id, s);
  };
  for (const r of subject.relations) {
    const s: CellState = BAD.has(r.kind) ? "conflicts" : r.kind === "compatible" ? "compatible" : "agrees";
    raise(r.a, s);
    raise(r.b, s);
    if (s === "conflicts") {
      const [a, b] = [corpus.claim(r.a), corpus.claim(r.b)];
      if (a && b) {
        pushSet(against, a.uri, b.uri);
        pushSet(against, b.uri, a.uri);
      }
    }
  }
  const byUri = new Map<string, { state: CellState; claims: CellClaim[] }>();
  for (const c of subject.claims) {
    // who said it: the cell shows the speaker and links to the attribution, not to the figure
    const shown = subject.kind === "attribution" ? speakerRef(c, ref) : ref(c);
    if (!shown) continue;
    const cell = byUri.get(c.uri) ?? { state: "silent" as CellState, claims: [] };
    if (!cell.claims.some((x) => x.start === shown.start && x.end === shown.end)) cell.claims.push(shown);
    if (STATE_RANK[state.get(c.id) ?? "agrees"] > STATE_RANK[cell.state]) cell.state = state.get(c.id) ?? "agrees";
    byUri.set(c.uri, cell);
  }
  if (byUri.size < 2) return undefined;
  const cells: MatrixCell[] = event.sources.map((uri) => ({
    source: sourceIndex.get(uri)!,
    state: byUri.get(uri)?.state ?? "silent",
    claims: byUri.get(uri)?.claims ?? [],
    against: [...(against.get(uri) ?? [])].map((u) => sourceIndex.get(u)!).sort((a, b) => a - b),
  }));
  const worst = cells.reduce<CellState>((w, c) => (STATE_RANK[c.state] > STATE_RANK[w] ? c.state : w), "agrees");
  const first = subject.claims[0];
  const conflict =
    subject.kind === "attribution"
      ? (conflictOf.get(`attribution|${first.attribution ? `${first.uri}#attribution@${first.attribution.span.start}` : first.id}`) ?? conflictOf.get(`attribution|${first.id}`))
      : conflictOf.get(`${subject.kind}|${first.id}`);
  const subjectText =
    conflict?.subject ?? (subject.kind === "attribution" ? `who gave the ${subjectOf(first)}` : subjectOf(first));
  return {
    id: stableId(`row-${subject.kind}`, subject.claims.map((c) => c.id)),
    kind: subject.kind,
    subject: subjectText,
    state: worst === "silent" ? "agrees" : worst,
    conflictId: conflict?.id,
    ignored: conflict && ignore?.has(conflict.id) ? true : undefined,
    cells,
  };
}

function speakerRef(c: Claim, ref: (c: Claim, span?: Claim["span"]) => CellClaim): CellClaim | undefined {
  if (!c.attribution) return undefined;
  // a quote's speaker has no attribution claim of its own: the link goes to the quote
  return { ...ref(c, c.attribution.span), value: c.attribution.speaker, claimId: c.kind === "quote" ? c.id : `${c.uri}#attribution@${c.attribution.span.start}` };
}

function pushSet(map: Map<string, Set<string>>, key: string, value: string) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Resolved dates of an event: its date subjects (lanes side by side when sources disagree) and its other dated happenings. */
function timeline(
  event: CorpusEvent,
  rows: MatrixRow[],
  corpus: Corpus,
  ref: (c: Claim) => CellClaim,
  sourceIndex: Map<string, number>,
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const covered = new Set<string>();
  for (const row of rows) {
    if (row.kind !== "date") continue;
    const lanes = new Map<string, TimelineLane>();
    for (const cell of row.cells) {
      for (const cc of cell.claims) {
        covered.add(cc.claimId);
        const c = corpus.claim(cc.claimId);
        if (c?.kind !== "date" || !c.resolved) continue;
        addToLane(lanes, c, cc, cell.source, cell.state);
      }
    }
    if (lanes.size) entries.push(entry(row.id, row.subject, lanes, row.state === "conflicts"));
  }
  for (const sub of event.subEvents) {
    const claims = sub.claims.filter((id) => !covered.has(id)).map((id) => corpus.claim(id));
    const lanes = new Map<string, TimelineLane>();
    for (const c of claims) if (c?.kind === "date" && c.resolved) addToLane(lanes, c, ref(c), sourceIndex.get(c.uri)!, "silent");
    if (lanes.size) entries.push(entry(sub.id, sub.what, lanes, false));
  }
  return entries.sort((a, b) => a.start.localeCompare(b.start) || a.label.localeCompare(b.label));
}

function addToLane(lanes: Map<string, TimelineLane>, c: DateClaim, cc: CellClaim, source: number, state: CellState) {
  const r = c.resolved!;
  const key = `${r.start}|${r.end}`;
  let lane = lanes.get(key);
  // a lane is a day (or a longer stretch): a time of day given with it is no lane of its own
  if (!lane) lanes.set(key, (lane = { display: c.clock ? formatDate({ resolved: r, span: c.span }) : c.display, start: r.start, end: r.end, state, sources: [], claims: [] }));
  if (!lane.sources.includes(source)) lane.sources.push(source);
  if (STATE_RANK[state] > STATE_RANK[lane.state]) lane.state = state;
  lane.claims.push(cc);
}

function entry(id: string, label: string, lanes: Map<string, TimelineLane>, disagrees: boolean): TimelineEntry {
  const list = [...lanes.values()].sort((a, b) => a.start.localeCompare(b.start));
  for (const l of list) l.sources.sort((a, b) => a - b);
  return { id, label, start: list[0].start, disagrees: disagrees && list.length > 1, lanes: list };
}

/** The key a speaker is compared by in other faces' words: the entity, else the folded name. */
export const speakerKey = (c: Claim) => c.attribution?.entity ?? (c.attribution ? nameKey(c.attribution.speaker) : undefined);
