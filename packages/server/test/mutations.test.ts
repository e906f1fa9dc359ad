import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/index.js";
import { data, tempDataDir } from "./helpers.js";

const ferryA = "Ferry Count In Tavel Strait\nMarch 14, 2024\n\nThe coastguard said about 300 passengers were on board the ferry in the Tavel Strait.\n";
const ferryB = "Ferry Count\nMarch 14, 2024\n\nThe port authority said about 450 passengers were on board the ferry in the Tavel Strait.\n";
const MAX = 2000;

const ADD = `mutation($input: AddSourceInput!) {
  addSource(input: $input) {
    source { id uri title }
    introducedConflicts { id kind subject claims { text source { uri } } }
    userErrors { field code message }
  }
}`;
const REMOVE = `mutation($input: RemoveSourceInput!) {
  removeSource(input: $input) { removedSourceId removedConflictIds userErrors { field code message } }
}`;
const STATE = `{ sources(first: 100) { edges { node { id uri title } } } conflicts(first: 100) { edges { node { id subject } } } }`;

let dataDir: string;
let cleanup: () => Promise<void>;
let server: RunningServer;
const start = async () => (server = await startServer({ port: 0, dataDir, limits: { maxArticleBytes: MAX } }));

beforeAll(async () => {
  const tmp = await tempDataDir();
  dataDir = tmp.dir;
  cleanup = tmp.remove;
  await start();
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

const add = async (input: Record<string, unknown>) => (await data(server.graphqlUrl, ADD, { input })).addSource;
const state = async () => {
  const d = await data(server.graphqlUrl, STATE);
  return { sources: d.sources.edges.map((e: any) => e.node), conflicts: d.conflicts.edges.map((e: any) => e.node) };
};

describe("addSource", () => {
  it("stores an article without a uri under one made from its text", async () => {
    const r = await add({ text: ferryA });
    expect(r.userErrors).toEqual([]);
    expect(r.source.uri).toMatch(/^urn:corroborate:sha256:[0-9a-f]{32}$/);
    expect(r.source.title).toBe("Ferry Count In Tavel Strait");
    expect(r.introducedConflicts).toEqual([]);
  });

  it("returns the conflicts the new article introduces, which the conflicts query then lists", async () => {
    const r = await add({ text: ferryB, uri: "https://example.com/ferry-b", title: "Port authority count" });
    expect(r.userErrors).toEqual([]);
    expect(r.source).toMatchObject({ uri: "https://example.com/ferry-b", title: "Port authority count" });
    expect(r.introducedConflicts).toHaveLength(1);
    const conflict = r.introducedConflicts[0];
    expect(conflict.kind).toBe("QUANTITY");
    expect(conflict.subject).toMatch(/passengers/);
    expect(conflict.claims.map((c: any) => c.text).sort()).toEqual(["about 300", "about 450"]);
    const { conflicts } = await state();
    expect(conflicts.map((c: any) => c.id)).toEqual([conflict.id]);
  });

  it("persists across a restart over the same data directory", async () => {
    const before = await state();
    await server.close();
    await start();
    const after = await state();
    expect(after).toEqual(before);
    expect(after.sources.find((s: any) => s.uri === "https://example.com/ferry-b").title).toBe("Port authority count");
  });

  describe("refuses, naming the field, and writes nothing:", () => {
    const cases: [string, Record<string, unknown>, string[], string, RegExp][] = [
      ["empty text", { text: "" }, ["input", "text"], "BLANK", /empty/],
      ["whitespace", { text: " \n\t " }, ["input", "text"], "BLANK", /empty/],
      ["a NUL character", { text: "Ferry\u0000Count and more words here" }, ["input", "text"], "BINARY", /NUL/],
      ["control characters", { text: "\u0001\u0002\u0003\u0004ab" }, ["input", "text"], "BINARY", /control characters/],
      ["text over the size limit", { text: "word ".repeat(MAX / 5 + 1) }, ["input", "text"], "TOO_LARGE", new RegExp(`limit is ${MAX} bytes`)],
      ["a uri already stored", { text: "Another text about something.", uri: "https://example.com/ferry-b" }, ["input", "uri"], "DUPLICATE", /already exists/],
      ["the same text again without a uri", { text: ferryA }, ["input", "text"], "DUPLICATE", /same text/],
      ["a uri that is not one", { text: "Some prose.", uri: "not a uri" }, ["input", "uri"], "INVALID", /absolute URI/],
      ["a title on two lines", { text: "Some prose.", title: "a\nb" }, ["input", "title"], "INVALID", /one non-empty line/],
    ];
    for (const [name, input, field, code, message] of cases) {
      it(name, async () => {
        const before = await state();
        const stored = await server.app.store.count();
        const r = await add(input);
        expect(r.source).toBeNull();
        expect(r.introducedConflicts).toEqual([]);
        expect(r.userErrors).toHaveLength(1);
        expect(r.userErrors[0]).toMatchObject({ field, code });
        expect(r.userErrors[0].message).toMatch(message);
        expect(await state()).toEqual(before);
        expect(await server.app.store.count()).toBe(stored);
      });
    }
  });

  it("leaves nothing behind when the analysis fails inside the transaction", async () => {
    const before = await state();
    const stored = await server.app.store.count();
    const corpus = server.app.corpus;
    // relating the new article to the others fails, once
    const commit = corpus.commit.bind(corpus);
    let failed = false;
    corpus.commit = () => {
      const change = commit();
      if (failed) return change;
      failed = true;
      throw new Error("analysis failed");
    };
    try {
      const r = await fetch(server.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: ADD, variables: { input: { text: "A third account of the ferry.", uri: "https://example.com/c" } } }),
      }).then((x) => x.json());
      expect(r.errors?.length).toBeGreaterThan(0);
    } finally {
      corpus.commit = commit;
    }
    expect(failed).toBe(true);
    expect(await server.app.store.count()).toBe(stored);
    expect(await state()).toEqual(before);
    expect(corpus.text("https://example.com/c")).toBeUndefined();
  });
});

describe("removeSource", () => {
  it("says NOT_FOUND for an id of no source", async () => {
    for (const id of ["bm9wZQ==", Buffer.from("Source:https://example.com/none").toString("base64"), Buffer.from("Conflict:x").toString("base64")]) {
      const r = (await data(server.graphqlUrl, REMOVE, { input: { id } })).removeSource;
      expect(r).toEqual({
        removedSourceId: null,
        removedConflictIds: [],
        userErrors: [{ field: ["input", "id"], code: "NOT_FOUND", message: "no source has this id" }],
      });
    }
  });

  it("removes the article and the conflicts it took part in, for good", async () => {
    const { sources, conflicts } = await state();
    const b = sources.find((s: any) => s.uri === "https://example.com/ferry-b");
    const r = (await data(server.graphqlUrl, REMOVE, { input: { id: b.id } })).removeSource;
    expect(r.userErrors).toEqual([]);
    expect(r.removedSourceId).toBe(b.id);
    expect(r.removedConflictIds).toEqual(conflicts.map((c: any) => c.id));
    const after = await state();
    expect(after.conflicts).toEqual([]);
    expect(after.sources.map((s: any) => s.uri)).not.toContain(b.uri);
    await server.close();
    await start();
    expect(await state()).toEqual(after);
  });
});
