import type { DocumentAnalysis } from "./analyzeDocument.js";
import { pushTo } from "./util/pushTo.js";
import type { EntityIndex } from "./align/entities.js";
import type { CorpusEvent, SubEvent } from "./types.js";
import { stableId } from "./describe/conflicts.js";

/**
 * Groups articles that report the same happening: two articles belong together when the names they
 * mention most overlap (Jaccard over their top names, common names discounted). Sub-events are the
 * dated happenings (a capture, a strike) their date claims name.
 */
export function findEvents(docs: DocumentAnalysis[], entities: EntityIndex): CorpusEvent[] {
  const top = new Map<string, Set<string>>();
  /** The places an article is mostly about: named twice or more, the three most named. */
  const mainPlaces = new Map<string, Set<string>>();
  const df = new Map<string, number>();
  // each name key resolved once for the whole corpus, not three times per mention
  const resolved = new Map<string, string>();
  const idOf = (key: string) => {
    let id = resolved.get(key);
    if (id === undefined) resolved.set(key, (id = entities.resolve(key)));
    return id;
  };
  for (const d of docs) {
    const ids = d.names.map((n) => idOf(n.key));
    // a name typed once as a person, place or organisation counts every time it is named
    const named = new Set<string>();
    const placeIds = new Set<string>();
    for (let i = 0; i < ids.length; i++) {
      const type = d.names[i].type;
      if (type !== "other") named.add(ids[i]);
      if (type === "place") placeIds.add(ids[i]);
    }
    const counts = new Map<string, number>();
    for (const id of ids) if (named.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const best = new Set(ranked.slice(0, 8).map(([k]) => k));
    top.set(d.uri, best);
    mainPlaces.set(d.uri, new Set(ranked.filter(([k, n]) => n >= 2 && placeIds.has(k)).slice(0, 3).map(([k]) => k)));
    for (const k of best) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const dateOf = new Map(docs.map((d) => [d.uri, d.source.dateFrom === "dateline" || d.source.dateFrom === "text" ? d.source.date : undefined]));
  const common = docs.length > 10 ? docs.length * 0.3 : Infinity;
  const idfs = new Map<string, number>();
  const idf = (k: string) => {
    let v = idfs.get(k);
    if (v === undefined) idfs.set(k, (v = Math.log(1 + docs.length / df.get(k)!)));
    return v;
  };
  const weight = (names: Iterable<string>) => {
    let sum = 0;
    for (const k of names) sum += idf(k);
    return sum;
  };
  // each article's own weight, summed once in the same order as for every pair it is in
  const weights = new Map<string, number>();
  for (const [uri, names] of top) weights.set(uri, weight(names));
  const parent = new Map(docs.map((d) => [d.uri, d.uri]));
  const find = (x: string): string => (parent.get(x) === x ? x : (parent.set(x, find(parent.get(x)!)), parent.get(x)!));
  // the publication dates a group spans: a group never spans more than a few weeks, so that an
  // undated article or a shared name does not chain distinct happenings together
  const span = new Map<string, [number, number] | undefined>();
  for (const [uri, date] of dateOf) span.set(uri, date ? [Date.parse(date), Date.parse(date)] : undefined);
  const union = (x: string, y: string) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    const [a, b] = [span.get(rx), span.get(ry)];
    const joined: [number, number] | undefined = a && b ? [Math.min(a[0], b[0]), Math.max(a[1], b[1])] : (a ?? b);
    if (joined && joined[1] - joined[0] > EVENT_DAYS * 86400000) return;
    parent.set(rx, ry);
    span.set(ry, joined);
  };
  const byName = new Map<string, string[]>();
  for (const [uri, names] of top) for (const k of names) if (df.get(k)! <= common) pushTo(byName, k, uri);
  // a pair is keyed by the articles' positions (each list is in the articles' order): no string per pair
  const position = new Map(docs.map((d, i) => [d.uri, i]));
  const tried = new Set<number>();
  for (const uris of byName.values()) {
    const at = uris.slice(0, 200).map((u) => position.get(u)!);
    for (let i = 0; i < uris.length && i < 200; i++) {
      for (let j = i + 1; j < uris.length && j < 200; j++) {
        const pair = at[i] * docs.length + at[j];
        if (tried.has(pair)) continue;
        tried.add(pair);
        // a happening has a place: two articles each mostly about other places report two happenings
        const [pa, pb] = [mainPlaces.get(uris[i])!, mainPlaces.get(uris[j])!];
        if (pa.size && pb.size && ![...pa].some((p) => pb.has(p))) continue;
        const a = top.get(uris[i])!;
        const b = top.get(uris[j])!;
        // names weighed by rarity: two reports of one happening share its rare names (the town),
        // not only the agencies and regions that appear in many reports
        const shared = [...a].filter((k) => b.has(k) && df.get(k)! <= common);
        if (shared.length >= 2 && weight(shared) / Math.max(1e-9, Math.min(weights.get(uris[i])!, weights.get(uris[j])!)) >= SIMILAR) union(uris[i], uris[j]);
      }
    }
  }
  const groups = new Map<string, DocumentAnalysis[]>();
  for (const d of docs) pushTo(groups, find(d.uri), d);
  const out: CorpusEvent[] = [];
  const byId = new Map(entities.entities(docs).map((e) => [e.id, e]));
  for (const members of groups.values()) {
    const uris = members.map((d) => d.uri).sort();
    const counts = new Map<string, number>();
    for (const d of members) for (const k of top.get(d.uri)!) counts.set(k, (counts.get(k) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n >= Math.max(1, Math.ceil(members.length / 2))).sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const participants = shared.filter((k) => byId.get(k)?.type !== "place").map((k) => byId.get(k)?.name ?? k);
    const places = shared.filter((k) => byId.get(k)?.type === "place").map((k) => byId.get(k)?.name ?? k);
    const dates = members.map((d) => d.source.date).filter((d): d is string => !!d).sort();
    const titled = members.find((d) => d.source.title);
    out.push({
      id: stableId("event", uris),
      title: titled?.source.title ?? uris[0],
      sources: uris,
      participants,
      places,
      date: dates[0],
      subEvents: subEvents(members),
    });
  }
  return out.sort((a, b) => b.sources.length - a.sources.length || a.id.localeCompare(b.id));
}

/** Share of the rarer article's name weight two articles must share to report one happening. */
const SIMILAR = 0.5;
/** Reports of one happening are published within weeks of each other. */
const EVENT_DAYS = 21;

function subEvents(docs: DocumentAnalysis[]): SubEvent[] {
  const groups = new Map<string, SubEvent>();
  for (const d of docs) {
    for (const c of d.claims) {
      if (c.kind !== "date" || !c.event.length || !c.resolved || c.event[0] === "announce") continue;
      const key = `${c.event[0]}|${c.resolved.start.slice(0, c.resolved.granularity === "year" ? 4 : 7)}`;
      let g = groups.get(key);
      if (!g) {
        g = { id: stableId("sub", [key]), what: c.event[0], date: c.display, places: [], sources: [], claims: [] };
        groups.set(key, g);
      }
      if (!g.sources.includes(d.uri)) g.sources.push(d.uri);
      g.claims.push(c.id);
    }
  }
  return [...groups.values()].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
}
