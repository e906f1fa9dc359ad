/**
 * The first scan of a large workspace analyses articles on worker threads. What the user sees must
 * not depend on it: the same diagnostics, and the same report, as with every article analysed on
 * the server's main thread.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Report } from "@proj/model";
// the benchmark's generator: articles about many events with known conflicts between them
import { generateCorpus, writeCorpus } from "../../../bench/generate.mjs";
import { REPORT_REQUEST } from "../src/shared/requests.js";
import { TestClient } from "./lspClient.js";

const ARTICLES = 240; // over the pool's threshold of 200

describe("the first scan of a large workspace", () => {
  let dir: string;
  const clients: TestClient[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-pool-"));
    writeCorpus(dir, generateCorpus(ARTICLES, 3));
  });
  afterAll(() => {
    for (const c of clients) c.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scan(threads: string) {
    const client = await TestClient.start([dir], {}, { CORROBORATE_THREADS: threads });
    clients.push(client);
    await client.waitFor("the end of the scan", () => client.progress.find((p) => p.kind === "end"), 120_000);
    const report = await client.connection.sendRequest<Report>(REPORT_REQUEST);
    return { client, report };
  }

  it("gives the same diagnostics and report on two worker threads as on the main thread", async () => {
    const threaded = await scan("2");
    const single = await scan("0");
    expect(threaded.client.logs.join("\n")).toMatch(new RegExp(`${ARTICLES} articles analysed.*\\(2 worker threads\\)`));
    expect(single.client.logs.join("\n")).not.toMatch(/worker threads/);
    expect(threaded.report.sources).toHaveLength(ARTICLES);
    expect(threaded.report.conflicts.length).toBeGreaterThan(0);
    expect(threaded.report).toEqual(single.report);
    // the end of the scan is announced before the outbox has sent every file's diagnostics (one
    // message at a time, newest per file): on a loaded machine the last ones arrive later, so wait
    // (up to a deadline) for the two to agree, then compare; a real difference fails with its diff
    const shown = (c: TestClient) => JSON.stringify([...c.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && shown(threaded.client) !== shown(single.client)) await new Promise((r) => setTimeout(r, 200));
    expect(new Map(threaded.client.diagnostics)).toEqual(new Map(single.client.diagnostics));
  }, 240_000);
});
