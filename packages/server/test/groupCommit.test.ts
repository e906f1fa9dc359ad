/**
 * Many clients adding articles at once: the server writes them in groups, and each caller still
 * gets its own answer: its source, the conflicts its article is part of, or why it was refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/index.js";
import { data, tempDataDir } from "./helpers.js";

const report = (who: string, n: number) =>
  `Ferry Count\nMarch 14, 2024\n\nThe ${who} said about ${n} passengers were on board the ferry in the Tavel Strait.\n`;
const ADD = `mutation($input: AddSourceInput!) {
  addSource(input: $input) { source { uri } introducedConflicts { id claims { source { uri } } } userErrors { field code } }
}`;
const STATE = `{ sources(first: 100) { edges { node { uri } } } conflicts(first: 100) { edges { node { id claims { source { uri } } } } } }`;
const WHO = ["coastguard", "port authority", "harbour police", "shipping line", "rescue service", "navy", "ferry operator", "regional governor", "transport ministry", "fire brigade"];

let dataDir: string;
let cleanup: () => Promise<void>;
let server: RunningServer;

beforeAll(async () => {
  const tmp = await tempDataDir();
  dataDir = tmp.dir;
  cleanup = tmp.remove;
  server = await startServer({ port: 0, dataDir });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

describe("addSource from many clients at once", () => {
  it("stores every article once, refuses the duplicates, and tells each caller its own conflicts", async () => {
    const inputs = WHO.map((who, i) => ({ text: report(who, 300 + 100 * i), uri: `https://example.com/ferry-${i}` }));
    // a uri sent twice in the same burst, and a text without a uri sent twice
    inputs.push({ text: report("local paper", 5000), uri: "https://example.com/ferry-0" });
    const bare = report("news agency", 7000);
    const all = [...inputs, { text: bare }, { text: bare }];
    const results = await Promise.all(all.map(async (input) => (await data(server.graphqlUrl, ADD, { input })).addSource));

    const stored = results.filter((r) => r.source);
    const refused = results.filter((r) => !r.source);
    expect(stored).toHaveLength(WHO.length + 1);
    expect(refused).toHaveLength(2);
    for (const r of refused) expect(r.userErrors.map((e: { code: string }) => e.code)).toEqual(["DUPLICATE"]);
    expect(new Set(stored.map((r) => r.source.uri)).size).toBe(stored.length);

    // each caller hears of the conflicts its own article is part of, and nothing else
    for (const r of stored) {
      for (const c of r.introducedConflicts) expect(c.claims.map((x: { source: { uri: string } }) => x.source.uri)).toContain(r.source.uri);
    }
    const state = await data(server.graphqlUrl, STATE);
    const listed = new Set(state.conflicts.edges.map((e: { node: { id: string } }) => e.node.id));
    const introduced = new Set(stored.flatMap((r) => r.introducedConflicts.map((c: { id: string }) => c.id)));
    // a conflict that a later article joined is a new conflict: every one listed was announced
    expect(listed.size).toBeGreaterThan(0);
    for (const id of listed) expect(introduced).toContain(id);
    expect(state.sources.edges).toHaveLength(stored.length);

    // and all of it was written: a restart finds the same sources and conflicts
    await server.close();
    server = await startServer({ port: 0, dataDir });
    const again = await data(server.graphqlUrl, STATE);
    expect(new Set(again.sources.edges.map((e: { node: { uri: string } }) => e.node.uri))).toEqual(new Set(stored.map((r) => r.source.uri)));
    expect(new Set(again.conflicts.edges.map((e: { node: { id: string } }) => e.node.id))).toEqual(listed);
  }, 120_000);
});
