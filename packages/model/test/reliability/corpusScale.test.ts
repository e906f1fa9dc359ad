/**
 * One document with thousands of figures of one kind (a table pasted as text, a log) must not make
 * relating the corpus quadratic: its claims share a blocking key, and are compared with the other
 * documents' claims only, never walked pairwise among themselves.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { Corpus } from "../../src/index.js";
import { cpuTime } from "../cpuClock.js";

const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

const table = (rows: number) =>
  ["Flood table", "", ...Array.from({ length: rows }, (_, i) => `About ${i + 10} homes were flooded on Monday in the valley.`)].join("\n") + "\n";

function commitMs(rows: number): number {
  const corpus = new Corpus();
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) corpus.set(`file:///seeds/${f}`, readFileSync(join(SEEDS, f), "utf8"));
  corpus.commit();
  corpus.set("file:///table.txt", table(rows));
  corpus.set("file:///table-copy.txt", table(8));
  return cpuTime(() => corpus.commit());
}

it("a document of 8,000 same-kind figures commits in time linear in its size (compared with 2,000)", () => {
  commitMs(200); // warm-up
  const small = Math.min(commitMs(2000), commitMs(2000));
  const big = commitMs(8000);
  // four times the claims: linear work takes about 4 times as long, pairwise work 16 times
  expect(big, `2,000 rows: ${small.toFixed(0)} ms; 8,000 rows: ${big.toFixed(0)} ms`).toBeLessThan(10 * Math.max(small, 50));
  expect(big).toBeLessThan(20_000);
}, 120_000);

it("an article of 40,000 quoted sentences analyses in time linear in its size (compared with 10,000), without overflowing the stack", async () => {
  const { analyzeDocument, defaultOptions } = await import("../../src/index.js");
  const quoted = (n: number) => "“We left,” he said. ".repeat(n);
  const ms = (n: number) => {
    let quotes = 0;
    const took = cpuTime(() => {
      quotes = analyzeDocument("file:///quotes.txt", quoted(n), defaultOptions).claims.filter((c) => c.kind === "quote").length;
    });
    expect(quotes).toBe(n);
    return took;
  };
  ms(500); // warm-up
  const small = Math.min(ms(10_000), ms(10_000));
  const big = ms(40_000);
  // every sentence once against every quote was quadratic: 16 times for 4 times the text
  expect(big, `10,000 quotes: ${small.toFixed(0)} ms; 40,000: ${big.toFixed(0)} ms`).toBeLessThan(10 * Math.max(small, 100));
  // a quote claim per two-letter quotation, 200,000 of them: pushed one by one, not spread as arguments
  expect(analyzeDocument("file:///tiny-quotes.txt", "“ab” ".repeat(200_000), defaultOptions).claims.length).toBeGreaterThan(0);
}, 300_000);
