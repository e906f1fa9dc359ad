/**
 * The language server under hostile input and a long editing session, over stdio as an editor
 * drives it: the generated hostile-file corpus beside the seeds (each file analysed or given one
 * diagnostic saying why not, the seeds' diagnostics unchanged), then thousands of random edits
 * across 100 open documents with files deleted and recreated under it and malformed messages:
 * it keeps answering, its memory stays flat, and it ends where a fresh server on the final files is.
 * RELIABILITY=long (npm run test:reliability) runs 10,000 edits; LSP_EDITS sets the number.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { FileChangeType, type Diagnostic } from "vscode-languageserver-protocol/node";
import type { Report } from "@proj/model";
import { REPORT_REQUEST } from "../src/shared/requests.js";
import { nastyFiles } from "../../model/test/reliability/nastyFiles.js";
import { TestClient, uriOf } from "./lspClient.js";

const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const LONG = process.env.RELIABILITY === "long";
const envInt = (name: string, short: number, long: number) => Number(process.env[name] || (LONG ? long : short));
const EDITS = envInt("LSP_EDITS", 400, 10_000);
const DOCS = 100;

const dirs: string[] = [];
const clients: TestClient[] = [];
afterAll(() => {
  for (const c of clients) c.kill();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "corroborate-lsp-rel-"));
  dirs.push(d);
  return d;
}
async function start(folder: string, settings: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): Promise<TestClient> {
  const c = await TestClient.start([folder], settings, env);
  clients.push(c);
  return c;
}

/** Resident memory of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
}

/** Servers started with this write a heap snapshot into `dir` on SIGUSR2. */
const snapshotEnv = (dir: string) => ({ NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${dir}` });

/**
 * The live JavaScript heap of a server in MB, from a heap snapshot (which collects garbage first):
 * what the process holds, unlike its RSS, which also counts garbage not yet collected and heap V8
 * keeps reserved.
 */
async function liveHeapMb(client: TestClient, dir: string): Promise<number> {
  const before = new Set(readdirSync(dir));
  client.process.kill("SIGUSR2");
  const deadline = Date.now() + 120_000;
  for (;;) {
    const file = readdirSync(dir).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    // the snapshot is written on the server's thread: once it answers a request, the file is whole
    if (file && (await client.hover("file:///nowhere.txt", { line: 0, character: 0 }).then(() => true, () => true))) {
      try {
        const snap = JSON.parse(readFileSync(join(dir, file), "utf8"));
        const fields: string[] = snap.snapshot.meta.node_fields;
        const size = fields.indexOf("self_size");
        let bytes = 0;
        for (let i = size; i < snap.nodes.length; i += fields.length) bytes += snap.nodes[i];
        rmSync(join(dir, file));
        return bytes / 2 ** 20;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
    }
    if (Date.now() > deadline) throw new Error("no heap snapshot written");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The median RSS of the samples taken in one quarter (1–4) of the session's edits. */
function quarterMedian(samples: { edit: number; mb: number }[], edits: number, quarter: number): number {
  const inside = samples.filter((x) => x.edit > ((quarter - 1) * edits) / 4 && x.edit <= (quarter * edits) / 4).map((x) => x.mb);
  inside.sort((a, b) => a - b);
  return inside[Math.floor(inside.length / 2)];
}

/** Diagnostics keyed by path relative to the folder, related locations too: comparable across folders. */
function relative(client: TestClient, folder: string, only?: (rel: string) => boolean) {
  const base = uriOf(folder) + "/";
  const rel = (u: string) => (u.startsWith(base) ? u.slice(base.length) : u);
  const out: Record<string, unknown[]> = {};
  for (const [uri, ds] of [...client.diagnostics].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const r = rel(uri);
    // an empty list published and none published at all both show nothing
    if ((only && !only(r)) || ds.length === 0) continue;
    out[r] = ds.map((d: Diagnostic) => ({
      ...d,
      data: undefined,
      relatedInformation: d.relatedInformation?.map((ri) => ({ ...ri, location: { ...ri.location, uri: rel(ri.location.uri) } })),
    }));
  }
  return out;
}

/** Waits until `probe` holds, re-checking after every message and every 200 ms (a deadline, not a pause). */
async function eventually(client: TestClient, what: string, probe: () => boolean, deadlineMs = 120_000) {
  const tick = setInterval(() => (client as unknown as { changed(): void }).changed(), 200);
  try {
    await client.waitFor(what, () => (probe() ? true : undefined), deadlineMs);
  } finally {
    clearInterval(tick);
  }
}

const scanned = (c: TestClient) => c.waitFor("the end of the first scan", () => c.progress.find((p) => p.kind === "end"), 120_000);

describe("the hostile-file corpus beside the seeds", () => {
  it("analyses each file or says why not, on the file, and the seeds' diagnostics stay as they were", async () => {
    const alone = tempDir();
    const mixed = tempDir();
    for (const dir of [alone, mixed]) {
      mkdirSync(join(dir, "seeds"));
      for (const f of readdirSync(SEEDS)) writeFileSync(join(dir, "seeds", f), readFileSync(join(SEEDS, f)));
    }
    mkdirSync(join(mixed, "nasty"));
    const files = nastyFiles({ big: true });
    for (const f of files) writeFileSync(join(mixed, "nasty", f.name), f.bytes);

    const a = await start(alone);
    const m = await start(mixed);
    await Promise.all([scanned(a), scanned(m)]);
    for (const f of files) {
      const uri = uriOf(join(mixed, "nasty", f.name));
      // an editor lets an empty file be written: the language server analyses it (nothing to say)
      if ((f.refused && !/empty|whitespace/.test(f.refused.source)) || f.tooLarge) {
        const d = await m.waitForDiagnostics(uri, `${f.name} not analysed`, (x) => x.length === 1 && x[0].code === "not-analysed");
        expect(d[0].message, f.name).toMatch(f.tooLarge ? /too large.*corroborate\.maxFileSize/ : f.refused!);
      }
    }
    // the others are analysed: in the engine's report, and with no "not analysed" diagnostic
    const report = await m.connection.sendRequest<Report>(REPORT_REQUEST);
    const paths = new Set(report.sources.map((s) => s.path));
    for (const f of files.filter((f) => !((f.refused && !/empty|whitespace/.test(f.refused.source)) || f.tooLarge))) {
      expect(paths.has(`nasty/${f.name}`), f.name).toBe(true);
      expect((m.diagnostics.get(uriOf(join(mixed, "nasty", f.name))) ?? []).filter((d) => d.code === "not-analysed"), f.name).toEqual([]);
    }
    const seedsOnly = (r: string) => r.startsWith("seeds/");
    await eventually(m, "the seeds' diagnostics as in a workspace of the seeds alone", () => {
      const want = relative(a, alone, seedsOnly);
      return Object.keys(want).length === 5 && JSON.stringify(relative(m, mixed, seedsOnly)) === JSON.stringify(want);
    });
    expect(relative(m, mixed, seedsOnly)).toEqual(relative(a, alone, seedsOnly));
    // the hover still answers on a seed, and nothing was written to stderr in pain
    expect(m.logs.join("")).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(await m.shutdown()).toBe(0);
    expect(await a.shutdown()).toBe(0);
  }, 300_000);
});

// ---- a long editing session ----

/** mulberry32: the same session every run for one seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["Amberley", "Brookfield", "Carden", "Dunmore", "Eastwick", "Fairholm", "Glenrock", "Hartley", "Ivybridge", "Kelso", "Langford", "Marston"];
const WHAT = ["people were evacuated from", "homes were flooded in", "cars were swept away in", "shops were closed in", "boats sank off"];
const FRAGMENTS = [
  "“We stayed,” a resident said.", "About 40 people were hurt, officials said.", "The bridge closed on Tuesday.",
  "More than 1,200 homes lost power, according to the utility.", "\u200b", "“unbalanced", "\u202eReversed\u202c", "שלום",
  "\r\n", "\r", "\n\n", "  ", "1\u00a0000", "٣٤", "½", "",
];

/** A news sentence about one of 40 happenings (so that conflicts stay among a few documents), or a fragment. */
function sentence(r: () => number): string {
  const n = Math.floor(r() * 5000);
  const place = PLACES[Math.floor(r() * PLACES.length)];
  const what = WHAT[Math.floor(r() * WHAT.length)];
  return r() < 0.5 ? `About ${n.toLocaleString("en-US")} ${what} ${place} on Monday, officials said.` : FRAGMENTS[Math.floor(r() * FRAGMENTS.length)];
}

/** One random edit: insert, delete or replace a stretch, now and then something binary. */
function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * (text.length + 1));
  const op = r();
  if (op < 0.45) return text.slice(0, at) + " " + sentence(r) + " " + text.slice(at);
  if (op < 0.75) return text.slice(0, at) + text.slice(Math.min(text.length, at + Math.floor(r() * 80)));
  if (op < 0.98) return text.replace(/\d[\d,]*/, String(Math.floor(r() * 9000)));
  return op < 0.99 ? text.slice(0, at) + "\u0000\u0001" + text.slice(at) : text.replace(/[\u0000\u0001]/g, "");
}

describe(`a long session: ${EDITS} random edits across ${DOCS} open documents`, () => {
  it("keeps answering, keeps its memory flat and ends where a fresh analysis of the final files does", async () => {
    const dir = tempDir();
    const r = random(20240601);
    const path = (i: number) => join(dir, `doc-${String(i).padStart(3, "0")}.txt`);
    const diskPath = (i: number) => join(dir, `disk-${String(i).padStart(2, "0")}.txt`);
    const texts: string[] = [];
    for (let i = 0; i < DOCS; i++) {
      texts.push(`Flooding report ${i}\nMarch ${1 + (i % 5)}, 2024\n\n${Array.from({ length: 4 }, () => sentence(r)).join(" ")}\n`);
      writeFileSync(path(i), texts[i]);
    }
    const DISK = 20;
    const onDisk = new Set<number>();
    for (let i = 0; i < DISK; i++) {
      writeFileSync(diskPath(i), `Report ${i}\nMarch 2, 2024\n\n${sentence(r)} ${sentence(r)}\n`);
      onDisk.add(i);
    }

    const snapshots = tempDir();
    const c = await start(dir, {}, snapshotEnv(snapshots));
    await scanned(c);
    const versions = texts.map(() => 1);
    for (let i = 0; i < DOCS; i++) await c.open(uriOf(path(i)), texts[i], 1);

    const settle = async () => {
      // a hover flushes a document's pending edits; the report then answers after all of them
      for (let i = 0; i < DOCS; i += 7) await c.hover(uriOf(path(i)), { line: 0, character: 0 });
      return c.connection.sendRequest<Report>(REPORT_REQUEST);
    };

    let malformed = 0;
    let fileEvents = 0;
    let warm = NaN;
    const rss: { edit: number; mb: number }[] = [];
    const latencies: number[] = [];
    for (let e = 1; e <= EDITS; e++) {
      const i = Math.floor(r() * DOCS);
      texts[i] = edit(texts[i], r);
      await c.change(uriOf(path(i)), texts[i], ++versions[i]);

      if (e % 50 === 0) {
        // a file not open deleted or created again under the server
        const k = Math.floor(r() * DISK);
        if (onDisk.has(k)) {
          unlinkSync(diskPath(k));
          onDisk.delete(k);
          await c.fileEvents([{ uri: uriOf(diskPath(k)), type: FileChangeType.Deleted }]);
        } else {
          writeFileSync(diskPath(k), `Report ${k}\nMarch 2, 2024\n\n${sentence(r)} ${sentence(r)}\n`);
          onDisk.add(k);
          await c.fileEvents([{ uri: uriOf(diskPath(k)), type: FileChangeType.Created }]);
        }
        fileEvents++;
      }
      if (e % 250 === 0) {
        // an open document's file deleted, then written again as a save would
        const k = Math.floor(r() * DOCS);
        unlinkSync(path(k));
        await c.fileEvents([{ uri: uriOf(path(k)), type: FileChangeType.Deleted }]);
        writeFileSync(path(k), texts[k]);
        await c.fileEvents([{ uri: uriOf(path(k)), type: FileChangeType.Created }]);
        fileEvents += 2;
        // malformed requests: wrong parameter types, an unknown method; each gets an answer
        await c.connection.sendRequest("textDocument/hover", { textDocument: { uri: 42 }, position: "nowhere" }).catch(() => undefined);
        await expect(c.connection.sendRequest("corroborate/no-such-request", [1, 2])).rejects.toThrow(/Unhandled method|not found/i);
        await c.connection.sendRequest("textDocument/documentSymbol", null).catch(() => undefined);
        malformed += 3;
        const t0 = performance.now();
        const h = await c.hover(uriOf(path(k)), { line: 3, character: 5 });
        latencies.push(performance.now() - t0);
        expect(h === null || typeof h === "object").toBe(true);
        expect(c.process.exitCode).toBeNull();
      }
      if (e === Math.floor(EDITS / 5)) {
        await settle();
        warm = rssMb(c.process.pid!);
      }
      if (e % Math.max(1, Math.floor(EDITS / 20)) === 0) rss.push({ edit: e, mb: rssMb(c.process.pid!) });
    }

    // the final files on disk hold what the editor holds
    for (let i = 0; i < DOCS; i++) writeFileSync(path(i), texts[i]);
    await c.fileEvents(texts.map((_, i) => ({ uri: uriOf(path(i)), type: FileChangeType.Changed })));
    const final = await settle();
    const end = rssMb(c.process.pid!);

    const fresh = await start(dir, {}, snapshotEnv(snapshots));
    await scanned(fresh);
    // the same documents open as in the long session: an open document that is not text (an edit
    // may leave NUL bytes in it) gets a "not analysed" diagnostic, a file merely on disk does not
    for (let i = 0; i < DOCS; i++) await fresh.open(uriOf(path(i)), texts[i], 1);
    const freshReport = await fresh.connection.sendRequest<Report>(REPORT_REQUEST);
    expect(final.sources.map((s) => s.path)).toEqual(freshReport.sources.map((s) => s.path));
    if (JSON.stringify(final.conflicts) !== JSON.stringify(freshReport.conflicts)) {
      writeFileSync(join(tmpdir(), "corroborate-lsp-final.json"), JSON.stringify(final, null, 1));
      writeFileSync(join(tmpdir(), "corroborate-lsp-fresh.json"), JSON.stringify(freshReport, null, 1));
    }
    expect(JSON.stringify(final.conflicts, null, 1)).toBe(JSON.stringify(freshReport.conflicts, null, 1));
    await eventually(c, "the long session's diagnostics equal a fresh server's", () => JSON.stringify(relative(c, dir)) === JSON.stringify(relative(fresh, dir)), 60_000).catch((e) => {
      writeFileSync(join(tmpdir(), "corroborate-lsp-session.json"), JSON.stringify(relative(c, dir), null, 1));
      writeFileSync(join(tmpdir(), "corroborate-lsp-fresh-diagnostics.json"), JSON.stringify(relative(fresh, dir), null, 1));
      throw e;
    });
    expect(relative(c, dir)).toEqual(relative(fresh, dir));

    const heapSession = await liveHeapMb(c, snapshots);
    const heapFresh = await liveHeapMb(fresh, snapshots);
    const freshRss = rssMb(fresh.process.pid!);

    const figures = {
      test: "lsp: long editing session",
      edits: EDITS,
      documents: DOCS,
      fileEvents,
      malformedRequests: malformed,
      conflictsAtEnd: final.conflicts.length,
      rssWarmMb: Math.round(warm),
      rssEndMb: Math.round(end),
      rssMaxMb: Math.round(Math.max(...rss.map((x) => x.mb))),
      rssSecondQuarterMedianMb: Math.round(quarterMedian(rss, EDITS, 2)),
      rssLastQuarterMedianMb: Math.round(quarterMedian(rss, EDITS, 4)),
      rssFreshServerMb: Math.round(freshRss),
      liveHeapSessionMb: Math.round(heapSession),
      liveHeapFreshServerMb: Math.round(heapFresh),
      hoverMsMax: Math.round(Math.max(...latencies)),
    };
    console.log(`[reliability] ${JSON.stringify(figures)}`);
    // nothing kept that a fresh analysis of the final files does not keep (the documents grow during
    // the session, so the fresh server is the fair measure); and the process's RSS, which V8 lets
    // grow with the garbage of republished diagnostics, stays within twice its warm figure
    expect(heapSession).toBeLessThan(heapFresh * 1.2 + 4);
    expect(end).toBeLessThan(warm * 2 + 32);
    expect(await c.shutdown()).toBe(0);
    expect(await fresh.shutdown()).toBe(0);
  }, 1_800_000);

  it("survives a message that is not JSON on its input, and answers the next request", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.txt"), "Flood report\nMarch 4, 2024\n\nAbout 300 people were evacuated on Monday, officials said.\n");
    const c = await start(dir);
    await scanned(c);
    const garbage = "{ this is not json";
    c.process.stdin!.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    const report = await c.connection.sendRequest<Report>(REPORT_REQUEST);
    expect(report.sources.map((s) => s.path)).toEqual(["a.txt"]);
    expect(c.process.exitCode).toBeNull();
    expect(await c.shutdown()).toBe(0);
  }, 120_000);
});
