/**
 * Crash safety: the server process is killed with SIGKILL in the middle of a stream of addSource
 * calls, started again over the same store, and must hold every article it acknowledged, whole, and
 * no partial one (an article whose answer never came may be there or not, but only whole).
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { tempDataDir } from "../helpers.js";
import { ADMIN_URL, addSource, allSources, article, envInt, freshDatabase, random, record, spawnServer } from "./helpers.js";

const CYCLES = envInt("RELIABILITY_CRASH_CYCLES", 2, 12);
const CONCURRENCY = 8;

async function crashAndRestart(label: string, env: Record<string, string>) {
  const run = randomBytes(4).toString("hex");
  const attempted = new Map<string, string>();
  const acknowledged = new Set<string>();
  const rand = random(Date.now() & 0xffff);
  let next = 0;
  let inFlightAtKill = 0;
  let unacknowledgedButStored = 0;

  /** Every acknowledged article is there, whole; whatever else is there was sent and is whole. */
  const check = (stored: Map<string, string>) => {
    const missing = [...acknowledged].filter((u) => !stored.has(u));
    const partial = [...stored].filter(([u, t]) => attempted.get(u) !== t).map(([u]) => u);
    expect(missing, `${label}: acknowledged articles missing after the restart`).toEqual([]);
    expect(partial, `${label}: stored articles that differ from what was sent`).toEqual([]);
    return stored;
  };

  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const server = await spawnServer(env);
    const before = check(await allSources(server.url));
    unacknowledgedButStored = [...before.keys()].filter((u) => !acknowledged.has(u)).length;
    // kill after a random number of acknowledgements in this cycle, with requests in flight
    const killAfter = 5 + Math.floor(rand() * 30);
    let acked = 0;
    let killed = false;
    const inFlight = new Set<string>();
    const worker = async () => {
      while (!killed) {
        const a = article(run, next++);
        attempted.set(a.uri, a.text);
        inFlight.add(a.uri);
        try {
          if (await addSource(server.url, a)) {
            acknowledged.add(a.uri);
            if (++acked >= killAfter && !killed) {
              killed = true;
              inFlightAtKill += inFlight.size - 1;
              server.child.kill("SIGKILL");
            }
          }
        } catch (e) {
          // only the requests the kill cut short may fail
          if (!killed) throw new Error(`${label}: a request failed before the kill: ${(e as Error).message}\n${server.output()}`);
        } finally {
          inFlight.delete(a.uri);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(await server.exited).toBe("SIGKILL");
  }
  const server = await spawnServer(env);
  try {
    const stored = check(await allSources(server.url));
    // and the server still takes new articles after the last crash
    const a = article(run, next++);
    attempted.set(a.uri, a.text);
    expect(await addSource(server.url, a)).toBe(true);
    acknowledged.add(a.uri);
    unacknowledgedButStored = [...stored.keys()].filter((u) => !acknowledged.has(u)).length;
    record(`crash safety (${label})`, {
      kills: CYCLES,
      sent: attempted.size,
      acknowledged: acknowledged.size,
      inFlightAtKill,
      unacknowledgedButStoredWhole: unacknowledgedButStored,
      lost: 0,
      partial: 0,
    });
  } finally {
    server.child.kill("SIGTERM");
    await server.exited;
  }
}

describe("kill -9 in the middle of a stream of addSource calls", () => {
  it(`PGlite: ${CYCLES} kills; every acknowledged article whole after the restart, no partial one`, async () => {
    const tmp = await tempDataDir();
    try {
      await crashAndRestart("PGlite", { DATA_DIR: tmp.dir });
    } finally {
      await tmp.remove();
    }
  }, 600_000);

  it.skipIf(!ADMIN_URL)(`PostgreSQL: ${CYCLES} kills; every acknowledged article whole after the restart, no partial one`, async () => {
    const db = await freshDatabase();
    try {
      await crashAndRestart("PostgreSQL", { DATABASE_URL: db.url });
    } finally {
      await db.drop();
    }
  }, 600_000);
});
