import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/index.js";
import { data, subscribe, tempDataDir } from "./helpers.js";

const boatA = "Boat Count\nMay 2, 2024\n\nThe harbour master said about 40 fishing boats were lost in the storm off Corla Point.\n";
const boatB = "Storm Losses\nMay 2, 2024\n\nThe fishermen's union said about 90 fishing boats were lost in the storm off Corla Point.\n";
const unrelated = "Library Opens\nMay 3, 2024\n\nThe new library in Varn opened its doors to readers on Friday.\n";

const ADD = `mutation($input: AddSourceInput!) { addSource(input: $input) { introducedConflicts { id } userErrors { code } } }`;
// the conflict gets a new id when a third figure joins it, so each write introduces one
const CONFLICTS_ADDED = `subscription($kind: ConflictKind) {
  conflictsAdded(kind: $kind) { sequence sources { uri } conflicts { id kind subject claims { value source { uri } } } }
}`;

let server: RunningServer;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  const tmp = await tempDataDir();
  cleanup = tmp.remove;
  server = await startServer({ port: 0, dataDir: tmp.dir });
});

afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

describe("the conflictsAdded subscription over server-sent events", () => {
  it("announces the conflicts an added article introduces, once, to every subscriber", async () => {
    const all = await subscribe(server.graphqlUrl, CONFLICTS_ADDED);
    const quotes = await subscribe(server.graphqlUrl, CONFLICTS_ADDED, { kind: "QUOTE" });
    try {
      expect(all.status).toBe(200);
      expect(all.contentType).toMatch(/^text\/event-stream/);
      const add = async (text: string, uri: string) => (await data(server.graphqlUrl, ADD, { input: { text, uri } })).addSource;
      // an article alone and one about something else introduce nothing: nothing is announced for them
      expect((await add(boatA, "https://example.com/boats-a")).introducedConflicts).toEqual([]);
      expect((await add(unrelated, "https://example.com/library")).introducedConflicts).toEqual([]);
      const added = await add(boatB, "https://example.com/boats-b");
      expect(added.introducedConflicts).toHaveLength(1);

      const event = (await all.next()).data.conflictsAdded;
      expect(event.sources).toEqual([{ uri: "https://example.com/boats-b" }]);
      expect(event.conflicts.map((c: any) => c.id)).toEqual(added.introducedConflicts.map((c: any) => c.id));
      expect(event.conflicts[0]).toMatchObject({ kind: "QUANTITY" });
      expect(event.conflicts[0].subject).toMatch(/boats/);
      expect(event.conflicts[0].claims.map((c: any) => c.value).sort()).toEqual(["~40", "~90"]);
      expect(event.sequence).toBeGreaterThan(0);

      // each write is announced once: the next event is the next write's
      const boatC = boatB.replace("fishermen's union", "coastguard").replace("about 90", "about 150");
      await add(boatC, "https://example.com/boats-c");
      const after = (await all.next()).data.conflictsAdded;
      expect(after.sources).toEqual([{ uri: "https://example.com/boats-c" }]);
      expect(after.sequence).toBeGreaterThan(event.sequence);

      // the QUOTE subscriber heard nothing of a figure conflict: its next event is the end of the stream
      const closed = quotes.next(5_000);
      quotes.close();
      expect(await closed).toBeUndefined();
    } finally {
      all.close();
      quotes.close();
    }
  });

  it("answers a malformed subscription with a GraphQL error, not a hanging stream", async () => {
    const bad = await subscribe(server.graphqlUrl, `subscription { conflictsAdded { nope } }`);
    const first = await bad.next();
    bad.close();
    expect(first.errors?.[0].message).toMatch(/nope/);
  });
});
