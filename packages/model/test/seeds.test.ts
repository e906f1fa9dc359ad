import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildReport, Corpus } from "../src/index.js";
import { scoreReport, type Gold } from "../src/eval/scoreReport.js";

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = join(here, "../../../seeds");
const gold = JSON.parse(readFileSync(join(here, "fixtures/seeds-gold.json"), "utf8")) as Gold;

describe("the seed articles against their gold", () => {
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(join(SEEDS, file), "utf8");
    texts.set(file, text);
    corpus.set(`file:///seeds/${file}`, text);
  }
  const report = buildReport(corpus, { pathOf: (uri) => `seeds/${basename(uri)}` });
  const score = scoreReport(gold, texts, report);
  const detail = `${score.lines.join("\n")}\n${score.summary}`;

  it("loads all five seeds", () => {
    expect([...texts.keys()].length).toBe(5);
  });

  it("finds every core conflict (recall 1.0)", () => {
    expect(score.recall, detail).toBe(1);
  });

  it("raises no false alarm", () => {
    expect(score.violated, detail).toBe(0);
  });
});
