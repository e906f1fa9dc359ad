import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main, type RunningServer } from "../src/index.js";
import { data, fileName, gql, SEEDS, tempDataDir } from "./helpers.js";

let server: RunningServer;
let url: string;
let cleanup: () => Promise<void>;
const printed: string[] = [];

beforeAll(async () => {
  const tmp = await tempDataDir();
  cleanup = tmp.remove;
  server = (await main([SEEDS], { PORT: "0", DATA_DIR: tmp.dir }, (l) => printed.push(l)))!;
  url = server.graphqlUrl;
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const CONFLICTS = `query($first: Int, $after: String, $kind: ConflictKind) {
  conflicts(first: $first, after: $after, kind: $kind) {
    edges { cursor node { id kind subject message severity
      claims { id kind text value source { uri title } span { start end text } range { start { line character } } }
      disagreements { a { value } b { value } explanation } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe("starting over a folder", () => {
  it("prints the URL and a one-line summary of what it stored and loaded", () => {
    expect(printed[0]).toBe(`Corroborate GraphQL server at ${url}`);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/graphql$/);
    expect(printed[1]).toMatch(/^Loaded 5 source\(s\), 5 stored now from .*seeds: \d+ conflict\(s\); data in /);
  });

  it("answers /health with the number of sources", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", sources: 5 });
  });

  it("serves GraphiQL, without a CDN, opening on the conflicts query", async () => {
    const res = await fetch(url, { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<title>Corroborate</title>");
    expect(html).toContain("query Conflicts");
    expect(html).not.toContain("unpkg.com");
  });
});

describe("conflicts", () => {
  it("include the troop count the seeds disagree on, with claims from 001, 002 and 004", async () => {
    const d = await data(url, CONFLICTS, { kind: "QUANTITY" });
    const troops = d.conflicts.edges.map((e: any) => e.node).find((c: any) => /North Korean troops/.test(c.subject));
    expect(troops).toBeDefined();
    expect(troops.kind).toBe("QUANTITY");
    expect(troops.severity).toBe("WARNING");
    const files = new Set(troops.claims.map((c: any) => fileName(c.source.uri).slice(0, 3)));
    for (const f of ["001", "002", "004"]) expect(files).toContain(f);
    const twelve = troops.claims.find((c: any) => fileName(c.source.uri).startsWith("004"));
    expect(twelve).toMatchObject({ kind: "QUANTITY", text: "approximately 12,000", value: "~12,000" });
    expect(twelve.span.text).toBe(twelve.text);
    expect(troops.disagreements.length).toBeGreaterThan(0);
    expect(troops.disagreements[0].explanation).toMatch(/12,000/);
  });

  it("filter by kind", async () => {
    const all = await data(url, CONFLICTS, { first: 100 });
    const kinds = new Set(all.conflicts.edges.map((e: any) => e.node.kind));
    for (const kind of kinds) {
      const only = await data(url, CONFLICTS, { first: 100, kind });
      expect(only.conflicts.edges.length).toBeGreaterThan(0);
      expect(only.conflicts.edges.every((e: any) => e.node.kind === kind)).toBe(true);
    }
  });

  it("page with first and after, one conflict at a time, covering the whole list once", async () => {
    const all = (await data(url, CONFLICTS, { first: 100 })).conflicts.edges.map((e: any) => e.node.id);
    expect(all.length).toBeGreaterThan(1);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await data(url, CONFLICTS, { first: 1, after })).conflicts;
      paged.push(...page.edges.map((e: any) => e.node.id));
      expect(page.edges).toHaveLength(1);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
  });
});

describe("sources", () => {
  const SOURCES = `query($first: Int, $after: String) {
    sources(first: $first, after: $after) { edges { cursor node { id uri title date publisher } } pageInfo { hasNextPage endCursor } }
  }`;

  it("page in uri order", async () => {
    const first = (await data(url, SOURCES, { first: 2 })).sources;
    expect(first.edges.map((e: any) => fileName(e.node.uri).slice(0, 3))).toEqual(["000", "001"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await data(url, SOURCES, { first: 2, after: first.pageInfo.endCursor })).sources;
    expect(second.edges.map((e: any) => fileName(e.node.uri).slice(0, 3))).toEqual(["002", "003"]);
    const rest = (await data(url, SOURCES, { first: 2, after: second.pageInfo.endCursor })).sources;
    expect(rest.edges.map((e: any) => fileName(e.node.uri).slice(0, 3))).toEqual(["004"]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it("default to 20 and never exceed 100 per page", async () => {
    const unbounded = (await data(url, SOURCES, {})).sources;
    expect(unbounded.edges).toHaveLength(5);
    const big = (await data(url, SOURCES, { first: 1000 })).sources;
    expect(big.edges).toHaveLength(5);
  });

  it("carry a title and a date the engine found", async () => {
    const d = await data(url, `{ sources(first: 5) { edges { node { uri title date } } } }`);
    expect(d.sources.edges.filter((e: any) => e.node.title).length).toBeGreaterThan(2);
    expect(d.sources.edges.some((e: any) => /^\d{4}-\d{2}-\d{2}/.test(e.node.date ?? ""))).toBe(true);
  });
});

describe("node", () => {
  it("round-trips the global id of a source, a conflict and a claim", async () => {
    const d = await data(url, `{ conflicts(first: 1) { edges { node { id subject claims { id text source { id uri } } } } } }`);
    const conflict = d.conflicts.edges[0].node;
    const claim = conflict.claims[0];
    const back = await data(
      url,
      `query($c: ID!, $s: ID!, $k: ID!) {
        c: node(id: $c) { __typename id ... on Conflict { subject } }
        s: node(id: $s) { __typename id ... on Source { uri } }
        k: node(id: $k) { __typename id ... on Claim { text source { uri } } }
      }`,
      { c: conflict.id, s: claim.source.id, k: claim.id },
    );
    expect(back.c).toEqual({ __typename: "Conflict", id: conflict.id, subject: conflict.subject });
    expect(back.s).toEqual({ __typename: "Source", id: claim.source.id, uri: claim.source.uri });
    expect(back.k.id).toBe(claim.id);
    expect(back.k.text).toBe(claim.text);
    expect(back.k.source.uri).toBe(claim.source.uri);
  });

  it("answers null for an id of nothing, and nodes(ids) keeps the order", async () => {
    const d = await data(url, `{ sources(first: 2) { edges { node { id uri } } } }`);
    const [a, b] = d.sources.edges.map((e: any) => e.node);
    const missing = Buffer.from("Source:file:///nowhere.txt").toString("base64");
    const back = await data(url, `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Source { uri } } }`, { ids: [b.id, missing, a.id] });
    expect(back.nodes).toEqual([b, null, a]);
  });

  it("reaches entities and events", async () => {
    const d = await data(url, `{ entities(first: 3) { edges { node { id name type } } } events(first: 3) { edges { node { id title sources { uri } } } } }`);
    expect(d.entities.edges.length).toBeGreaterThan(0);
    const entity = d.entities.edges[0].node;
    const back = await data(url, `query($id: ID!) { node(id: $id) { ... on Entity { name } } }`, { id: entity.id });
    expect(back.node.name).toBe(entity.name);
    for (const e of d.events.edges) expect(e.node.sources.length).toBeGreaterThan(0);
  });
});

describe("errors", () => {
  it("are GraphQL errors for a malformed query, not crashes", async () => {
    const r = await gql(url, `{ conflicts { edges { node { nope } } } }`);
    expect(r.errors?.[0].message).toMatch(/nope/);
  });
});
