/**
 * The engine face of the hostile-file corpus: each file is decoded and refused with a clear reason,
 * or analysed without throwing, with every span pointing at its own text; and the seed articles'
 * results are the same with and without the hostile files beside them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { analyzeDocument, buildReport, Corpus, decodeArticle, defaultOptions, LineIndex, type Span } from "../../src/index.js";
import { cpuTime } from "../cpuClock.js";
import { nastyFiles, oneLine } from "./nastyFiles.js";

const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const LONG = process.env.RELIABILITY === "long";

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ uri: `file:///corpus/seeds/${f}`, text: readFileSync(join(SEEDS, f), "utf8") }));

function checkSpans(text: string, spans: Span[]) {
  const lines = new LineIndex(text);
  for (const s of spans) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length, JSON.stringify(s)).toBe(true);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(lines.offset(s.range.start)).toBe(s.start);
    expect(lines.offset(s.range.end)).toBe(s.end);
  }
}

/** What a face shows for the seeds: their claims and every conflict among them, by uri. */
function seedView(corpus: Corpus) {
  const seedUris = new Set(seeds.map((s) => s.uri));
  const report = buildReport(corpus);
  return {
    claims: seeds.map((s) => corpus.claimsOf(s.uri)),
    sources: report.sources.filter((s) => seedUris.has(s.uri)),
    conflicts: report.conflicts.filter((c) => c.claims.some((cl) => seedUris.has(cl.uri))),
  };
}

// Some hostile files are megabytes long: on a machine busy with other work their analysis can pass
// vitest's default of 30 s without anything being wrong.
const SLOW_MACHINE_MS = 180_000;

describe("hostile files, one by one", () => {
  for (const f of nastyFiles()) {
    it(`${f.name}: ${f.refused ? "refused with a clear reason" : "analysed, every span on its text"}`, () => {
      const decoded = decodeArticle(f.bytes);
      if (f.refused) {
        expect(decoded).toEqual({ reason: expect.stringMatching(f.refused) });
        return;
      }
      expect(decoded, "reason" in decoded ? decoded.reason : "").toHaveProperty("text");
      const text = (decoded as { text: string }).text;
      const doc = analyzeDocument(`file:///corpus/${f.name}`, text, defaultOptions);
      checkSpans(text, [...doc.claims.map((c) => c.span), ...doc.names.map((n) => n.span)]);
      expect(doc.source.length).toBe(text.length);
    }, SLOW_MACHINE_MS);
  }

  it("UTF-16 (either byte order), a UTF-8 BOM, CRLF and lone CR read as the same article, ranges moved by the BOM only", () => {
    const byName = new Map(nastyFiles().map((f) => [f.name, f]));
    const claimsOf = (name: string) => {
      const d = decodeArticle(byName.get(name)!.bytes) as { text: string };
      return analyzeDocument(`file:///corpus/x.txt`, d.text, defaultOptions).claims.map((c) => [c.kind, c.span.text.replace(/\r\n?/g, "\n")]);
    };
    const plain = claimsOf("crlf.txt");
    expect(plain.length).toBeGreaterThan(0);
    for (const name of ["utf16le-bom.txt", "utf16be-bom.txt", "utf8-bom.txt", "lone-cr.txt"]) expect(claimsOf(name), name).toEqual(plain);
  }, SLOW_MACHINE_MS);
});

describe("the seeds' results do not change with hostile files beside them", () => {
  it("same claims, same sources, same conflicts", () => {
    const alone = new Corpus();
    for (const s of seeds) alone.set(s.uri, s.text);
    alone.commit();

    const mixed = new Corpus();
    // hostile files first, in between and last: order must not matter either
    const files = nastyFiles();
    const decoded = files.map((f) => ({ uri: `file:///corpus/nasty/${f.name}`, d: decodeArticle(f.bytes) }));
    const readable = decoded.filter((x): x is { uri: string; d: { text: string } } => "text" in x.d);
    expect(readable.length).toBeGreaterThan(10);
    const half = Math.floor(readable.length / 2);
    for (const x of readable.slice(0, half)) mixed.set(x.uri, x.d.text);
    for (const s of seeds) mixed.set(s.uri, s.text);
    for (const x of readable.slice(half)) mixed.set(x.uri, x.d.text);
    mixed.commit();

    expect(alone.conflicts().length).toBeGreaterThan(0);
    expect(seedView(mixed)).toEqual(seedView(alone));

    // and taking them out again leaves the seeds as they were
    for (const x of readable) mixed.remove(x.uri);
    expect(seedView(mixed)).toEqual(seedView(alone));
  }, SLOW_MACHINE_MS);
});

describe.runIf(LONG)("one 50 MB line", () => {
  it("is analysed to the end, in time proportional to a 1 MB one", () => {
    const time = (bytes: Uint8Array) => {
      const d = decodeArticle(bytes) as { text: string };
      let doc!: ReturnType<typeof analyzeDocument>;
      const ms = cpuTime(() => {
        doc = analyzeDocument("file:///corpus/one-line.txt", d.text, defaultOptions);
      });
      checkSpans(d.text, doc.claims.map((c) => c.span));
      return { ms, claims: doc.claims.length };
    };
    const small = time(oneLine(1024 * 1024));
    const big = time(oneLine(50 * 1024 * 1024));
    console.log(`[reliability] ${JSON.stringify({ test: "engine: one 50 MB line", ms1MB: Math.round(small.ms), ms50MB: Math.round(big.ms), claims50MB: big.claims })}`);
    expect(big.claims).toBeGreaterThan(small.claims * 40);
    // linear with room for a loaded machine: 50 times the input, at most 150 times the time
    expect(big.ms).toBeLessThan(150 * Math.max(small.ms, 100));
  }, 1_800_000);
});

describe("invisible characters inside a figure", () => {
  it("make it no figure at all, rather than a false one (“1\\u200b000” is neither 1 nor 000)", () => {
    for (const invisible of ["\u200b", "\u2060", "\u00ad", "\u200d", "\ufeff", "\u200b\u200b"]) {
      const text = `About 1${invisible}000 people were evacuated on Monday, officials said.`;
      const figures = analyzeDocument("file:///corpus/x.txt", text, defaultOptions).claims.filter((c) => c.kind === "quantity");
      expect(figures.map((c) => c.span.text), JSON.stringify(invisible)).toEqual([]);
    }
    // a figure beside an invisible character, but not inside one, is still read
    const text = "About\u200b 1,000 people were evacuated\u200b on Monday, officials said.";
    expect(analyzeDocument("file:///corpus/x.txt", text, defaultOptions).claims.filter((c) => c.kind === "quantity").map((c) => c.span.text)).toEqual(["1,000"]);
  });
});
