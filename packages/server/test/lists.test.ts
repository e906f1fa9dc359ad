import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/index.js";
import type { ArticleStore } from "../src/store/articleStore.js";
import { data, fileName, gql, SEEDS, tempDataDir } from "./helpers.js";

let server: RunningServer;
let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const tmp = await tempDataDir();
  cleanup = tmp.remove;
  server = await startServer({ port: 0, dataDir: tmp.dir, folder: SEEDS });
  url = server.graphqlUrl;
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const CLAIMS = `query($q: String!, $kind: ClaimKind, $only: Boolean, $first: Int, $after: String) {
  search(query: $q, kind: $kind, onlyConflicting: $only, first: $first, after: $after) {
    edges { cursor node { id kind text value sentence source { uri } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const nodes = (connection: any) => connection.edges.map((e: any) => e.node);

describe("search", () => {
  it("finds the claims whose sentence or value holds every word, in any case, across articles", async () => {
    const found = nodes((await data(url, CLAIMS, { q: "north KOREAN soldiers", first: 100 })).search);
    expect(found.length).toBeGreaterThan(2);
    // a quote's words may run past the sentence it starts in: the value counts too
    for (const c of found) for (const w of ["north", "korean", "soldiers"]) expect(`${c.sentence} ${c.value}`.toLowerCase()).toContain(w);
    expect(new Set(found.map((c: any) => c.source.uri)).size).toBeGreaterThan(1);
    expect(found.some((c: any) => c.text === "approximately 12,000")).toBe(true);
  });

  it("narrows by kind and to the claims in conflicts", async () => {
    const all = nodes((await data(url, CLAIMS, { q: "troops", first: 100 })).search);
    const figures = nodes((await data(url, CLAIMS, { q: "troops", kind: "QUANTITY", first: 100 })).search);
    const disputed = nodes((await data(url, CLAIMS, { q: "troops", kind: "QUANTITY", only: true, first: 100 })).search);
    expect(figures.every((c: any) => c.kind === "QUANTITY")).toBe(true);
    expect(figures.length).toBeLessThan(all.length);
    expect(disputed.length).toBeGreaterThan(0);
    expect(disputed.length).toBeLessThanOrEqual(figures.length);
    const inConflicts = new Set(
      (await data(url, `{ conflicts(first: 100) { edges { node { claims { id } } } } }`)).conflicts.edges.flatMap((e: any) => e.node.claims.map((c: any) => c.id)),
    );
    for (const c of disputed) expect(inConflicts.has(c.id)).toBe(true);
    expect(figures.some((c: any) => !inConflicts.has(c.id))).toBe(true);
  });

  it("finds nothing for a query of no words or of words no article has", async () => {
    expect(nodes((await data(url, CLAIMS, { q: "  ?! " })).search)).toEqual([]);
    expect(nodes((await data(url, CLAIMS, { q: "troops zeppelinXQ" })).search)).toEqual([]);
  });

  it("pages like every list, and refuses a cursor of another kind", async () => {
    const all = nodes((await data(url, CLAIMS, { q: "troops", first: 100 })).search).map((c: any) => c.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await data(url, CLAIMS, { q: "troops", first: 3, after })).search;
      paged.push(...nodes(page).map((c: any) => c.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    const r = await gql(url, CLAIMS, { q: "troops", after: "YXJyYXljb25uZWN0aW9uOjE=" });
    expect(r.errors?.[0].message).toMatch(/not a cursor of this list/);
  });
});

describe("filters", () => {
  const CONFLICTS = `query($source: ID, $sourceUri: String, $event: ID, $entity: ID) {
    conflicts(first: 100, source: $source, sourceUri: $sourceUri, event: $event, entity: $entity) { edges { node { id claims { source { uri } } } } }
  }`;

  it("source: the conflicts of one article, by its id as by its uri", async () => {
    const s = nodes((await data(url, `{ sources(first: 5) { edges { node { id uri } } } }`)).sources).find((x: any) => fileName(x.uri).startsWith("004"));
    const byId = nodes((await data(url, CONFLICTS, { source: s.id })).conflicts);
    const byUri = nodes((await data(url, CONFLICTS, { sourceUri: s.uri })).conflicts);
    const all = nodes((await data(url, CONFLICTS, {})).conflicts);
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.length).toBeLessThan(all.length);
    expect(byId).toEqual(byUri);
    for (const c of byId) expect(c.claims.map((x: any) => x.source.uri)).toContain(s.uri);
  });

  it("event: the sources, claims and conflicts of the articles that report it", async () => {
    const events = nodes((await data(url, `{ events(first: 20) { edges { node { id sources { uri } } } } }`)).events);
    const event = events.reduce((a: any, b: any) => (b.sources.length > a.sources.length ? b : a));
    const uris = new Set(event.sources.map((s: any) => s.uri));
    const d = await data(
      url,
      `query($e: ID!) { sources(event: $e, first: 100) { edges { node { uri } } } claims(event: $e, first: 100) { edges { node { source { uri } } } } }`,
      { e: event.id },
    );
    expect(new Set(nodes(d.sources).map((s: any) => s.uri))).toEqual(uris);
    expect(nodes(d.claims).length).toBeGreaterThan(0);
    for (const c of nodes(d.claims)) expect(uris.has(c.source.uri)).toBe(true);
    for (const c of nodes((await data(url, CONFLICTS, { event: event.id })).conflicts)) {
      expect(c.claims.some((x: any) => uris.has(x.source.uri))).toBe(true);
    }
  });

  it("entity: claims in a sentence naming it or credited to it", async () => {
    const entities = nodes((await data(url, `{ entities(first: 100) { edges { node { id name aliases mentionCount } } } }`)).entities);
    const entity = entities.reduce((a: any, b: any) => (b.mentionCount > a.mentionCount ? b : a));
    const claims = nodes(
      (
        await data(url, `query($e: ID!) { claims(entity: $e, first: 100) { edges { node { sentence attribution { speaker } } } } }`, {
          e: entity.id,
        })
      ).claims,
    );
    expect(claims.length).toBeGreaterThan(0);
    const names = [entity.name, ...entity.aliases].map((n: string) => n.toLowerCase());
    for (const c of claims) {
      const said = `${c.sentence} ${c.attribution?.speaker ?? ""}`.toLowerCase();
      expect(names.some((n) => said.includes(n.split(" ").pop()!)), said).toBe(true);
    }
  });

  it("onlyConflicting: the sources with a claim in a conflict", async () => {
    // every seed takes part in a conflict: an article about something else takes part in none
    const text = "Library Opens\nMay 3, 2024\n\nThe new library in Varn opened its doors to readers on Friday.\n";
    const ADD = `mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }`;
    const added = (await data(url, ADD, { i: { text, uri: "https://example.com/library" } })).addSource.source;
    try {
      const d = await data(url, `{ all: sources(first: 100) { edges { node { uri conflicts { id } } } } some: sources(onlyConflicting: true, first: 100) { edges { node { uri } } } }`);
      const expected = nodes(d.all)
        .filter((s: any) => s.conflicts.length > 0)
        .map((s: any) => s.uri);
      expect(nodes(d.some).map((s: any) => s.uri)).toEqual(expected);
      expect(expected).toHaveLength(5);
      expect(nodes(d.all)).toHaveLength(6);
    } finally {
      await data(url, `mutation($i: RemoveSourceInput!) { removeSource(input: $i) { removedSourceId } }`, { i: { id: added.id } });
    }
  });
});

describe("batched loading", () => {
  it("a list query reads the store once for every source it shows, not once per source", async () => {
    const store = server.app.store as ArticleStore & Record<string, unknown>;
    const calls: string[] = [];
    const originals = new Map<string, unknown>();
    for (const name of ["all", "snapshot", "count", "lastSeq", "changesSince", "articles", "write", "ping"]) {
      const f = store[name] as (...a: unknown[]) => unknown;
      originals.set(name, f);
      store[name] = (...args: unknown[]) => {
        calls.push(name);
        return f.apply(store, args);
      };
    }
    try {
      const d = await data(
        url,
        `{ sources(first: 5) { edges { node { uri addedAt } } }
           conflicts(first: 20) { edges { node { claims { source { uri addedAt } } } } } }`,
      );
      const sources = nodes(d.sources);
      expect(sources).toHaveLength(5);
      for (const s of sources) expect(Date.parse(s.addedAt)).toBeGreaterThan(Date.parse("2020-01-01"));
      const claimSources = nodes(d.conflicts).flatMap((c: any) => c.claims.map((x: any) => x.source));
      expect(claimSources.length).toBeGreaterThan(10);
      expect(calls).toEqual(["articles"]);
    } finally {
      for (const [name, f] of originals) store[name] = f;
    }
  });
});

describe("cursors", () => {
  const SOURCES = `query($after: String) { sources(first: 2, after: $after) { edges { node { id uri } } pageInfo { endCursor hasNextPage } } }`;
  const CLAIM_PAGE = `query($after: String) { claims(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }`;
  const early = "Early Notice\nJune 1, 2024\n\nThe council said 12 bridges were closed after the flood in Ostry.\n";

  it("keep their place when sources are added before them or the one they point at is removed", async () => {
    const first = (await data(url, SOURCES)).sources;
    const claimsFirst = (await data(url, CLAIM_PAGE)).claims;
    const claimsNext = nodes((await data(url, CLAIM_PAGE, { after: claimsFirst.pageInfo.endCursor })).claims).map((c: any) => c.id);
    expect(nodes(first).map((s: any) => fileName(s.uri).slice(0, 3))).toEqual(["000", "001"]);

    // an article whose uri sorts before every seed: an offset would now point one item earlier
    const added = await data(url, `mutation($i: AddSourceInput!) { addSource(input: $i) { source { uri } userErrors { code } } }`, {
      i: { text: early, uri: "file:///0-early.txt" },
    });
    expect(added.addSource.userErrors).toEqual([]);
    expect(nodes((await data(url, SOURCES)).sources)[0].uri).toBe("file:///0-early.txt");
    const second = (await data(url, SOURCES, { after: first.pageInfo.endCursor })).sources;
    expect(nodes(second).map((s: any) => fileName(s.uri).slice(0, 3))).toEqual(["002", "003"]);
    expect(nodes((await data(url, CLAIM_PAGE, { after: claimsFirst.pageInfo.endCursor })).claims).map((c: any) => c.id)).toEqual(claimsNext);

    // the source the cursor points at goes: the cursor still means "after 001"
    const gone = nodes(first)[1];
    const removed = await data(url, `mutation($i: RemoveSourceInput!) { removeSource(input: $i) { removedSourceId } }`, { i: { id: gone.id } });
    expect(removed.removeSource.removedSourceId).toBe(gone.id);
    const again = (await data(url, SOURCES, { after: first.pageInfo.endCursor })).sources;
    expect(nodes(again).map((s: any) => fileName(s.uri).slice(0, 3))).toEqual(["002", "003"]);
  });
});
