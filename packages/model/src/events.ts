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
  const df = new Map<string, number>();
  for (const d of docs) {
    const counts = new Map<string, number>();
    for (const n of d.names) {
      if (n.type === "other") continue;
      const id = entities.resolve(n.key);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const best = new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k]) => k));
    top.set(d.uri, best);
    for (const k of best) df.set(k, (df.get(k) ?? 0) + 1);
  }
  const common = docs.length > 10 ? docs.length * 0.3 : Infinity;
  const parent = new Map(docs.map((d) => [d.uri, d.uri]));
  const find = (x: string): string => (parent.get(x) === x ? x : (parent.set(x, find(parent.get(x)!)), parent.get(x)!));
  const byName = new Map<string, string[]>();
  for (const [uri, names] of top) for (const k of names) if (df.get(k)! <= common) pushTo(byName, k, uri);
  const tried = new Set<string>();
  for (const uris of byName.values()) {
    for (let i = 0; i < uris.length && i < 200; i++) {
      for (let j = i + 1; j < uris.length && j < 200; j++) {
        const pair = `${uris[i]}|${uris[j]}`;
        if (tried.has(pair)) continue;
        tried.add(pair);
        const a = top.get(uris[i])!;
        const b = top.get(uris[j])!;
        const shared = [...a].filter((k) => b.has(k) && df.get(k)! <= common).length;
        if (shared / Math.max(1, Math.min(a.size, b.size)) >= 0.35 && shared >= 2) parent.set(find(uris[i]), find(uris[j]));
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
