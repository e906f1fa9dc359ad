import { GraphQLError } from "graphql";
import { claimValue, type Claim, type Conflict, type CorpusEvent, type Entity, type Source } from "@proj/model";
import type { App } from "./app.js";

/**
 * The server's lists, each in a fixed order with a key per item, and the filters and text search
 * over them. A key is what a cursor holds: "after key k" still means the same place when sources
 * are added or removed around it. Everything is computed from the corpus once per corpus version.
 */

export interface ClaimFilter {
  kind?: Claim["kind"] | null;
  /** Only claims of this article. */
  uri?: string | null;
  /** Only claims of the articles reporting this event. */
  eventId?: string | null;
  /** Only claims in a sentence that names this entity, or credited to it. */
  entityId?: string | null;
  /** Only claims that take part in a conflict. */
  onlyConflicting?: boolean | null;
}

export interface ConflictFilter {
  kind?: Conflict["kind"] | null;
  uri?: string | null;
  eventId?: string | null;
  entityId?: string | null;
}

export interface SourceFilter {
  eventId?: string | null;
  entityId?: string | null;
  onlyConflicting?: boolean | null;
}

export interface Keyed<T> {
  key: string;
  node: T;
}

const pad = (n: number) => String(n).padStart(10, "0");
/** Reading order: by article, then position in it. */
const claimKey = (c: Claim) => `${c.uri}\u0001${pad(c.span.start)}\u0001${c.id}`;
const firstClaim = (c: Conflict) => c.claims.reduce((a, b) => (claimKey(b) < claimKey(a) ? b : a));

interface Built {
  version: number;
  sources: Keyed<Source>[];
  conflicts: Keyed<Conflict>[];
  claims: Keyed<Claim>[];
  entities: Keyed<Entity>[];
  events: Keyed<CorpusEvent>[];
  conflicting: Set<string>;
  /** Lower-cased sentence and value of each claim, for search. */
  searchText: Map<string, string>;
}

const byKey = <T>(a: Keyed<T>, b: Keyed<T>) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export class Catalog {
  private built?: Built;

  constructor(private readonly app: App) {}

  private get lists(): Built {
    const version = this.app.version;
    if (this.built?.version === version) return this.built;
    const corpus = this.app.corpus;
    const claims = corpus
      .uris()
      .flatMap((u) => corpus.claimsOf(u))
      .map((c) => ({ key: claimKey(c), node: c }))
      .sort(byKey);
    const conflicts = corpus
      .conflicts()
      .map((c) => ({ key: `${claimKey(firstClaim(c))}\u0001${c.id}`, node: c }))
      .sort(byKey);
    const conflicting = new Set(conflicts.flatMap((c) => c.node.claims.map((x) => x.id)));
    this.built = {
      version,
      sources: this.app.sources().map((s) => ({ key: s.uri, node: s })),
      conflicts,
      claims,
      entities: corpus
        .entities()
        .map((e) => ({ key: `${e.name.toLowerCase()}\u0001${e.id}`, node: e }))
        .sort(byKey),
      events: corpus
        .events()
        .map((e) => ({ key: `${e.date ?? "9999"}\u0001${e.title}\u0001${e.id}`, node: e }))
        .sort(byKey),
      conflicting,
      searchText: new Map(claims.map(({ node: c }) => [c.id, `${c.sentence.text}\n${claimValue(c)}`.toLowerCase()])),
    };
    return this.built;
  }

  event(id: string): CorpusEvent | undefined {
    return this.lists.events.find((e) => e.node.id === id)?.node;
  }

  entity(id: string): Entity | undefined {
    return this.lists.entities.find((e) => e.node.id === id)?.node;
  }

  sources(f: SourceFilter = {}): Keyed<Source>[] {
    const { sources, conflicting } = this.lists;
    const inEvent = this.eventUris(f.eventId);
    const byEntity = f.entityId == null ? undefined : new Set(this.entity(f.entityId)?.mentions.map((m) => m.uri) ?? []);
    const withConflict = f.onlyConflicting ? new Set([...conflicting].map((id) => this.app.corpus.claim(id)?.uri)) : undefined;
    return sources.filter((s) => (!inEvent || inEvent.has(s.key)) && (!byEntity || byEntity.has(s.key)) && (!withConflict || withConflict.has(s.key)));
  }

  conflicts(f: ConflictFilter = {}): Keyed<Conflict>[] {
    const claimOk = this.claimTest({ uri: f.uri, eventId: f.eventId, entityId: f.entityId });
    return this.lists.conflicts.filter((c) => (!f.kind || c.node.kind === f.kind) && c.node.claims.some(claimOk));
  }

  claims(f: ClaimFilter = {}): Keyed<Claim>[] {
    const ok = this.claimTest(f);
    return this.lists.claims.filter((c) => ok(c.node));
  }

  /** Claims whose sentence or value holds every word of the query (case-insensitive), in reading order. */
  search(query: string, f: ClaimFilter = {}): Keyed<Claim>[] {
    const words = query.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu) ?? [];
    if (!words.length) return [];
    const { searchText } = this.lists;
    const ok = this.claimTest(f);
    return this.lists.claims.filter((c) => {
      const text = searchText.get(c.node.id)!;
      return words.every((w) => text.includes(w)) && ok(c.node);
    });
  }

  entities(): Keyed<Entity>[] {
    return this.lists.entities;
  }

  events(): Keyed<CorpusEvent>[] {
    return this.lists.events;
  }

  private eventUris(eventId?: string | null): Set<string> | undefined {
    return eventId == null ? undefined : new Set(this.event(eventId)?.sources ?? []);
  }

  private claimTest(f: ClaimFilter): (c: Claim) => boolean {
    const inEvent = this.eventUris(f.eventId);
    const entity = f.entityId == null ? undefined : this.entityTest(f.entityId);
    const conflicting = f.onlyConflicting ? this.lists.conflicting : undefined;
    return (c) =>
      (!f.kind || c.kind === f.kind) &&
      (f.uri == null || c.uri === f.uri) &&
      (!inEvent || inEvent.has(c.uri)) &&
      (!entity || entity(c)) &&
      (!conflicting || conflicting.has(c.id));
  }

  /** A claim is about an entity when its sentence names it, or when the entity is credited with it. */
  private entityTest(id: string): (c: Claim) => boolean {
    const e = this.entity(id);
    if (!e) return () => false;
    const names = new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));
    const mentions = new Map<string, number[]>();
    for (const m of e.mentions) (mentions.get(m.uri) ?? mentions.set(m.uri, []).get(m.uri)!).push(m.span.start);
    return (c) =>
      (mentions.get(c.uri)?.some((at) => at >= c.sentence.start && at < c.sentence.end) ?? false) ||
      (c.attribution !== undefined && names.has(c.attribution.speaker.toLowerCase()));
  }
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The index of the first item whose key is past `key` (items are sorted by key). */
function indexAfter<T>(items: Keyed<T>[], key: string, inclusive: boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].key < key || (!inclusive && items[mid].key === key)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One page of a keyed list, Relay style: items after `after` and before `before`, the first or last n. */
export function keysetPage<T>(items: Keyed<T>[], args: PageArgs, size = { defaultSize: 20, maxSize: 100 }) {
  const clamp = (n: number) => Math.max(0, Math.min(n, size.maxSize));
  let from = args.after ? indexAfter(items, decodeCursor(args.after), false) : 0;
  let to = args.before ? indexAfter(items, decodeCursor(args.before), true) : items.length;
  to = Math.max(from, to);
  if (args.last != null && args.first == null) from = Math.max(from, to - clamp(args.last));
  else to = Math.min(to, from + clamp(args.first ?? size.defaultSize));
  const edges = items.slice(from, to).map((i) => ({ cursor: encodeCursor(i.key), node: i.node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: to < items.length,
      hasPreviousPage: from > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

const encodeCursor = (key: string) => Buffer.from(`k:${key}`, "utf8").toString("base64url");
function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  if (!text.startsWith("k:")) throw new GraphQLError(`after: ${JSON.stringify(cursor)} is not a cursor of this list`, { extensions: { code: "BAD_CURSOR" } });
  return text.slice(2);
}
