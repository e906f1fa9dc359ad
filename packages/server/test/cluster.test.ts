import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { data, freshDatabase, SEEDS, serverUrl, subscribe, tempDataDir } from "./helpers.js";

/**
 * Two server processes (the real binary) over one PostgreSQL, as behind a load balancer: a write
 * through either is visible through the other at once, the conflicts it introduced are decided by
 * the process that wrote it and announced by both, and concurrent writes end in one state.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL;
const BIN = fileURLToPath(new URL("../bin/corroborate-server.js", import.meta.url));

const ferry = (who: string, n: number) =>
  `Ferry Count ${who}\nMarch 14, 2024\n\nThe ${who} said about ${n} passengers were on board the ferry in the Tavel Strait.\n`;
const ADD = `mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri } introducedConflicts { id subject } userErrors { code message } } }`;
const localId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").replace(/^Conflict:/, "");
const STATE = `{ sources(first: 100) { edges { node { uri } } } conflicts(first: 100) { edges { node { id subject claims { value source { uri } } } } } }`;

describe.skipIf(!ADMIN_URL)("two server processes over one PostgreSQL", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const children: ChildProcess[] = [];
  let a: string;
  let b: string;
  let cleanup: () => Promise<void>;

  const start = async (args: string[]) => {
    const tmp = await tempDataDir();
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, PORT: "0", DATA_DIR: tmp.dir, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    return serverUrl(child).url;
  };

  beforeAll(async () => {
    db = await freshDatabase(ADMIN_URL!);
    // both start over the same folder at once: it is stored once
    [a, b] = await Promise.all([start([SEEDS]), start([SEEDS])]);
    cleanup = async () => {
      for (const c of children) c.kill("SIGTERM");
      await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : undefined)));
      await db.drop();
    };
  });

  afterAll(async () => {
    await cleanup?.();
  });

  const state = async (url: string) => {
    const d = await data(url, STATE);
    return { sources: d.sources.edges.map((e: any) => e.node.uri), conflicts: d.conflicts.edges.map((e: any) => e.node) };
  };

  it("store the folder once and answer alike", async () => {
    const [sa, sb] = await Promise.all([state(a), state(b)]);
    expect(sa.sources).toHaveLength(5);
    expect(sb).toEqual(sa);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      expect((await client.query("SELECT count(*)::int AS n FROM articles")).rows[0].n).toBe(5);
    } finally {
      await client.end();
    }
  });

  it("a source added through one is visible through the other at once, its conflicts decided once and announced by both", async () => {
    const heardOnB = await subscribe(b, `subscription { conflictsAdded { sequence sources { uri } conflicts { id subject } } }`);
    try {
      expect((await data(a, ADD, { input: { text: ferry("coastguard", 300), uri: "https://example.com/ferry-1" } })).addSource.userErrors).toEqual([]);
      // no waiting: the very next read through the other process has it
      expect((await state(b)).sources).toContain("https://example.com/ferry-1");
      const added = (await data(a, ADD, { input: { text: ferry("port authority", 450), uri: "https://example.com/ferry-2" } })).addSource;
      const introduced = added.introducedConflicts;
      const figure = introduced.find((c: any) => /passengers/.test(c.subject));
      expect(figure).toBeDefined();

      // B hears of it with no request of its own (PostgreSQL NOTIFY), with the conflicts A decided
      const event = (await heardOnB.next()).data.conflictsAdded;
      expect(event.sources).toEqual([{ uri: "https://example.com/ferry-2" }]);
      expect(event.conflicts).toEqual(introduced);

      const onB = await state(b);
      expect(onB.sources).toContain("https://example.com/ferry-2");
      expect(onB.conflicts.find((c: any) => c.id === figure.id)?.subject).toBe(figure.subject);
      expect(onB).toEqual(await state(a));

      // the writer recorded which conflicts its write introduced: one change, one list
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const { rows } = await client.query("SELECT op, uris, conflicts FROM changes WHERE $1 = ANY(uris)", ["https://example.com/ferry-2"]);
        expect(rows).toEqual([{ op: "add", uris: ["https://example.com/ferry-2"], conflicts: introduced.map((c: any) => localId(c.id)) }]);
      } finally {
        await client.end();
      }

      // and the other way round, with a duplicate refused by the process that did not store it
      const dup = (await data(b, ADD, { input: { text: ferry("ferry operator", 600), uri: "https://example.com/ferry-1" } })).addSource;
      expect(dup.userErrors[0].code).toBe("DUPLICATE");
      const removed = await data(b, `mutation($i: RemoveSourceInput!) { removeSource(input: $i) { removedConflictIds } }`, {
        i: { id: Buffer.from("Source:https://example.com/ferry-2").toString("base64") },
      });
      expect(removed.removeSource.removedConflictIds).toHaveLength(introduced.length);
      const onA = await state(a);
      expect(onA.sources).not.toContain("https://example.com/ferry-2");
      expect(onA.conflicts.some((c: any) => c.id === figure.id)).toBe(false);
    } finally {
      heardOnB.close();
    }
  });

  it("writes through both at the same time end in the same state, each conflict introduced by exactly one write", async () => {
    const texts = [ferry("harbour police", 500), ferry("shipping line", 520), ferry("rescue team", 700), ferry("local paper", 800)];
    const results = await Promise.all(
      texts.map((text, i) => data(i % 2 ? b : a, ADD, { input: { text, uri: `https://example.com/ferry-c${i}` } }).then((d) => d.addSource)),
    );
    for (const r of results) expect(r.userErrors).toEqual([]);
    const [sa, sb] = await Promise.all([state(a), state(b)]);
    expect(sb).toEqual(sa);
    for (let i = 0; i < texts.length; i++) expect(sa.sources).toContain(`https://example.com/ferry-c${i}`);
    // the writes ran one after another: the last one to commit introduced the conflict all of them are in now
    const passengers = sa.conflicts.filter((c: any) => /passengers/.test(c.subject) && c.claims.some((x: any) => /ferry-c/.test(x.source.uri)));
    expect(passengers).toHaveLength(1);
    // one write introduced it (calls that reach one process together are written as one group, and
    // each of its articles that the conflict takes in reports it)
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query("SELECT uris FROM changes WHERE conflicts ? $1", [localId(passengers[0].id)]);
      expect(rows).toHaveLength(1);
      const introducedBy = results.filter((r) => r.introducedConflicts.some((c: any) => c.id === passengers[0].id));
      expect(introducedBy.map((r) => r.source.uri).sort()).toEqual([...rows[0].uris].sort());
    } finally {
      await client.end();
    }
  });

  it("a third process started now loads the same state", async () => {
    const c = await start([]);
    expect(await state(c)).toEqual(await state(a));
  });
});
