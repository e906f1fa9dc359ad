/**
 * PostgreSQL stopped and started again under a running server: while it is down, writes fail with a
 * clear error (never a crash, a hang or a stack trace) and reads from memory go on; once it is back,
 * writes succeed again without restarting the server, and nothing acknowledged is lost.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADD, article, canRunCluster, envInt, record, spawnServer, startCluster, type ServerProcess } from "./helpers.js";

const RESTARTS = envInt("RELIABILITY_PG_RESTARTS", 1, 5);

async function post(url: string, body: unknown) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe.skipIf(!canRunCluster)("PostgreSQL restarted under a running server", () => {
  let cluster: ReturnType<typeof startCluster>;
  let server: ServerProcess;

  beforeAll(async () => {
    cluster = startCluster();
    server = await spawnServer({ DATABASE_URL: cluster.url });
  }, 120_000);
  afterAll(async () => {
    server?.child.kill("SIGTERM");
    await server?.exited;
    cluster?.remove();
  });

  it(`fails cleanly while it is down and succeeds after, ${RESTARTS} time(s)`, async () => {
    let n = 0;
    const acknowledged: string[] = [];
    let failedWhileDown = 0;
    let readsWhileDown = 0;
    for (let round = 0; round < RESTARTS; round++) {
      const a = article("pg-restart", n++);
      const up = await post(server.url, { query: ADD, variables: { input: a } });
      expect(up.json.data?.addSource.source?.uri, up.text).toBe(a.uri);
      acknowledged.push(a.uri);

      cluster.stop();
      // the pool's idle connections die with the server: give it a moment to notice
      await sleep(300);
      expect(server.child.exitCode, server.output()).toBeNull();
      for (let i = 0; i < 5; i++) {
        const down = await post(server.url, { query: ADD, variables: { input: article("pg-restart-down", round * 10 + i) } });
        expect(down.status).toBe(503);
        expect(down.json.data?.addSource ?? null).toBeNull();
        expect(down.json.errors?.[0].message).toMatch(/store|database/i);
        expect(down.text).not.toMatch(/\bat .*\.(js|ts):\d+|"stack"|ECONNREFUSED/);
        failedWhileDown++;
        const read = await post(server.url, { query: `{ sources(first: 100) { edges { node { uri } } } }` });
        expect(read.json.data.sources.edges.map((e: any) => e.node.uri)).toEqual(expect.arrayContaining(acknowledged));
        readsWhileDown++;
      }
      const ready = await fetch(server.url.replace(/graphql$/, "ready"));
      expect(ready.status).toBe(503);
      expect(server.child.exitCode, server.output()).toBeNull();

      cluster.start();
      const after = article("pg-restart", n++);
      const back = await post(server.url, { query: ADD, variables: { input: after } });
      expect(back.json.data?.addSource.source?.uri, back.text).toBe(after.uri);
      acknowledged.push(after.uri);
      expect((await fetch(server.url.replace(/graphql$/, "ready"))).status).toBe(200);
    }
    // a fresh server over the same database finds every acknowledged article, and none of the refused ones
    const fresh = await spawnServer({ DATABASE_URL: cluster.url });
    try {
      const r = await post(fresh.url, { query: `{ sources(first: 100) { edges { node { uri } } } }` });
      expect(r.json.data.sources.edges.map((e: any) => e.node.uri).sort()).toEqual([...acknowledged].sort());
    } finally {
      fresh.child.kill("SIGTERM");
      await fresh.exited;
    }
    record("PostgreSQL restarted under the server", { restarts: RESTARTS, writesRefusedWhileDown: failedWhileDown, readsServedWhileDown: readsWhileDown, acknowledged: acknowledged.length, lost: 0 });
  }, 300_000);
});
