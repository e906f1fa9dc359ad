import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeDocument, defaultOptions, LineIndex, type Span } from "../src/index.js";

const RUNS = 200;

/** Every span the analysis hands out must point into the text it was given, in offsets and in LSP positions. */
function checkSpans(text: string): void {
  const doc = analyzeDocument("file:///p.txt", text, defaultOptions);
  const lines = new LineIndex(text);
  const checkSpan = (s: Span, what: string) => {
    const where = `${what} ${JSON.stringify(s)} in ${JSON.stringify(text)}`;
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length)) throw new Error(`out of the text: ${where}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`text differs from the slice: ${where}`);
    if (lines.offset(s.range.start) !== s.start || lines.offset(s.range.end) !== s.end) throw new Error(`range does not map back: ${where}`);
    expect(lines.position(s.start)).toEqual(s.range.start);
    expect(lines.position(s.end)).toEqual(s.range.end);
  };
  for (const c of doc.claims) {
    checkSpan(c.span, `${c.kind} claim`);
    if (c.attribution) checkSpan(c.attribution.span, "attribution");
    // a quotation may run over several sentences: it starts in the one it is given
    const within = c.kind === "quote" ? c.span.start < c.sentence.end || c.span.start === c.sentence.start : c.span.end <= c.sentence.end;
    if (!(0 <= c.sentence.start && c.sentence.start <= c.span.start && within && c.sentence.end <= text.length)) {
      throw new Error(`claim outside its sentence: ${JSON.stringify(c.span)} ${JSON.stringify(c.sentence)}`);
    }
    if (text.slice(c.sentence.start, c.sentence.end) !== c.sentence.text) throw new Error(`sentence text differs: ${JSON.stringify(c.sentence)}`);
    if (c.kind === "quote" && c.form !== "block" && c.quote !== c.span.text) throw new Error(`quote differs from its span: ${JSON.stringify(c)}`);
  }
  for (const n of doc.names) checkSpan(n.span, "name");
  for (const b of doc.source.boilerplate) if (!(0 <= b.start && b.start <= b.end && b.end <= text.length)) throw new Error(`boilerplate out of the text: ${JSON.stringify(b)}`);
  expect(doc.source.length).toBe(text.length);
}

const FRAGMENTS = [
  "about", "around 11,000", "some", "an estimated", "approximately", "nearly", "over", "more than", "at least 1,000", "up to", "as many as",
  "fewer than", "10,000 or more", "four or five", "18,000 to 20,000", "between 3 and 5 million", "a fifth of", "a quarter", "1.9-mile",
  "hundreds of", "troops", "soldiers were killed or wounded", "including 500 officers", "residents were evacuated", "in the Kursk region",
  "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "said", "told", "according to the", "Red Cross", "the ministry said", ", adding that",
  "he said", "said Volodymyr Zelensky", "wrote on Telegram:", "on Thursday", "January 9", "Wednesday, June 12", "2024-03-14",
  "March 14, 2024", "Date: 2025-01-12", " date 2025-01-12 By Newsroom Staff", "last August", "late last year", "in 2019", "two days ago",
  "the war enters its third year", "5 p.m.", "17:30", "1st", "one of the soldiers", "Q:", "A:", "LISBON, March 3 (Northwire) —",
  "International Atomic Energy Agency (IAEA)", "Copyright 2024, Harbour Post Media.", "Leave a Reply", "Related Articles", "Back to top",
  "reportedly", ":", ".", ",", ";", "—", "(", ")", "\r\n", "\r", "\n", "\n\n", "\u200b", "\u200f", "\u202e", "\ufeff", "\u00a0",
  "About 11,000 North Korean troops were deployed in the Kursk region, officials said.", "“We will rebuild,” the mayor said.",
  "More than 1,000 soldiers were killed or wounded, according to the Red Cross.", "The ferry sank on Saturday, July 13.",
  "Nine people died, including 4 children.", "The coastguard said in a statement:",
  "שלום עולם", "قال المتحدث", "Київ", "😀", "\ud800", "\udfff", "e\u0301", "",
];

const number = fc.oneof(
  fc.nat({ max: 50_000_000 }).map((n) => n.toLocaleString("en-US")),
  fc.nat({ max: 99_999 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
);
const separator = fc.constantFrom(" ", " ", " ", "", "\n", "\r\n", "\r", "\n\n", "\u200b", ", ", ". ");
const newsLike = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: number }), separator), { maxLength: 60 })
  .map((parts) => parts.map(([a, b]) => a + b).join(""));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

describe("analysis never throws and every span points into the text", () => {
  // inputs that once crashed the sentence splitter, and their relatives
  const edges = ["", " ", "   ", "\t", "\n", "\r\n", "\r", "\n\n", "\u200b", "\ufeff", "\u00a0", ".", "“", "”", "\ud800", "x", " x ", "\u202e"];
  // a quotation whose speaker stands in a later sentence is still given in the sentence it starts in
  edges.push("Flood Waters Recede In The Lower Valley\r\nMarch 14, 2024\r\n\r\n“ about\n“We will rebuild,” the mayor said. \r\n\r\n\r\n");
  for (const text of edges) it(`edge input ${JSON.stringify(text)}`, () => checkSpans(text));

  it("arbitrary printable strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), checkSpans), { numRuns: RUNS });
  });

  it("arbitrary code points", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkSpans), { numRuns: RUNS });
  });

  it("arbitrary UTF-16 code units, lone surrogates included", () => {
    fc.assert(fc.property(fc.string({ unit: anyUnit, maxLength: 200 }), checkSpans), { numRuns: RUNS });
  });

  it("strings built from news-like fragments", () => {
    fc.assert(fc.property(newsLike, checkSpans), { numRuns: RUNS });
  });

  it("news-like fragments after a headline and a date line, in CRLF", () => {
    const article = fc.tuple(newsLike, newsLike).map(([a, b]) => `Flood Waters Recede In The Lower Valley\r\nMarch 14, 2024\r\n\r\n${a}\r\n\r\n${b}\r\n`);
    fc.assert(fc.property(article, checkSpans), { numRuns: RUNS });
  });
});

describe("LineIndex", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\n", "\r", "\r\n", " ", "\u2028"), maxLength: 80 });

  it("position and offset are inverse for every offset", () => {
    fc.assert(
      fc.property(text, (t) => {
        const lines = new LineIndex(t);
        for (let o = 0; o <= t.length; o++) if (lines.offset(lines.position(o)) !== o) return false;
        return true;
      }),
      { numRuns: RUNS },
    );
  });

  it("counts lines as LSP does: \\r\\n, \\n and a lone \\r each end a line", () => {
    fc.assert(
      fc.property(text, (t) => new LineIndex(t).lineCount === t.split(/\r\n|\r|\n/).length),
      { numRuns: RUNS },
    );
  });
});

// ---- time grows linearly with the input ----
//
// The engine runs in a worker thread so that a run that blows the budget is stopped at the budget,
// instead of holding the test suite for minutes. The worker runs an esbuild bundle of src/.

const here = dirname(fileURLToPath(import.meta.url));
let bundleDir: string;
let worker: Worker;

function ask(text: string, budgetMs = Infinity): Promise<number | "timeout"> {
  return new Promise((resolve, reject) => {
    const timer = budgetMs < Infinity ? setTimeout(() => resolve("timeout"), budgetMs) : undefined;
    worker.once("message", (m: { ms?: number; error?: string }) => {
      clearTimeout(timer);
      if (m.error) reject(new Error(m.error));
      else resolve(m.ms!);
    });
    worker.postMessage(text);
  });
}

async function startWorker(): Promise<void> {
  worker = new Worker(
    `const { parentPort, workerData } = require("node:worker_threads");
     const { readFileSync } = require("node:fs");
     // this thread's CPU time (see cpuClock.ts): other processes lengthen wall time, not this
     const cpuMs = () => { try { return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6; } catch { return performance.now(); } };
     import(workerData).then(({ analyzeDocument, defaultOptions }) => {
       parentPort.on("message", (text) => {
         try {
           const t0 = cpuMs();
           analyzeDocument("file:///big.txt", text, defaultOptions);
           parentPort.postMessage({ ms: cpuMs() - t0 });
         } catch (e) { parentPort.postMessage({ error: String(e && e.stack || e) }); }
       });
       parentPort.postMessage({ ms: 0 });
     });`,
    { eval: true, workerData: join(bundleDir, "model.mjs") },
  );
  await new Promise((resolve) => worker.once("message", resolve));
  await ask("Warm-up: about 1,000 troops were deployed in the Kursk region on Monday, “officials said”.");
}

beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), "model-linear-"));
  await build({
    entryPoints: [join(here, "../src/index.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: join(bundleDir, "model.mjs"),
    logLevel: "silent",
    // the CommonJS dependencies inside the bundle call require()
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  await startWorker();
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe("a 200 KB adversarial input takes less than 25 times a 20 KB one", () => {
  const RATIO = 25;
  const inputs: [string, string][] = [
    ["“about 1, ” repeated", "about 1, "],
    ["an unclosed quotation mark repeated", "“"],
    ["“11,000 troops ” repeated", "11,000 troops "],
    ["“on Monday, March 3, ” repeated", "on Monday, March 3, "],
    ["one news sentence repeated", "About 1,000 soldiers were killed on Monday, the ministry said. "],
  ];
  for (const [name, unit] of inputs) {
    it(name, async () => {
      // small and large alternate and each keeps its best: other processes on a loaded machine can
      // only make a run slower, while a super-linear step makes every large run slower
      const small: number[] = [];
      const big: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        small.push((await ask(repeatTo(unit, 20_000))) as number);
        // a floor of 20 ms keeps a very fast small run from making the budget meaninglessly tight
        const budget = RATIO * Math.max(Math.min(...small), 20);
        if (big.length && Math.min(...big) < budget) break;
        // a catastrophic case is cut off rather than waited for; the cut-off is wall time, which a
        // busy machine stretches, so it leaves room above the CPU-time budget
        const took = await ask(repeatTo(unit, 200_000), Math.max(4 * budget, 20_000));
        if (took === "timeout") {
          // the worker is still busy with the large input: replace it for the next try
          await worker.terminate();
          await startWorker();
        } else big.push(took as number);
      }
      const budget = RATIO * Math.max(Math.min(...small), 20);
      const best = big.length ? Math.min(...big) : Infinity;
      expect(best, `20 KB took ${Math.min(...small).toFixed(0)} ms at best; 200 KB ${big.length ? `took ${best.toFixed(0)} ms at best` : "never finished"} (budget ${budget.toFixed(0)} ms)`).toBeLessThan(budget);
    }, 300_000);
  }
});
