/**
 * The command line over the generated hostile-file corpus, as a real process: every hostile file is
 * analysed or named with a clear reason, nothing crashes, and the seeds' conflicts are the same with
 * and without the hostile files in the folder.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nastyFiles } from "../../model/test/reliability/nastyFiles.js";
import { corroborate, SEEDS, tempFolder, type JsonReport } from "./helpers.js";

const LONG = process.env.RELIABILITY === "long";
const STACK = /\n\s+at .*:\d+:\d+|Error: .*\n\s+at /;

let folder: ReturnType<typeof tempFolder>;
const files = nastyFiles({ big: true });

beforeAll(() => {
  folder = tempFolder();
  mkdirSync(join(folder.path, "corpus", "seeds"), { recursive: true });
  mkdirSync(join(folder.path, "corpus", "nasty"));
  for (const f of readdirSync(SEEDS)) writeFileSync(join(folder.path, "corpus", "seeds", f), readFileSync(join(SEEDS, f)));
  for (const f of files) writeFileSync(join(folder.path, "corpus", "nasty", f.name), f.bytes);
});
afterAll(() => folder?.remove());

function check(path: string, extra: string[] = []): { status: number | null; report: JsonReport; stderr: string } {
  const run = corroborate(["check", path, "--format", "json", ...extra], { cwd: folder.path });
  expect(run.stderr).not.toMatch(STACK);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport, stderr: run.stderr };
}

/** The seeds' part of a report: their sources and every conflict with a claim in them. */
const seedPart = (r: JsonReport) => ({
  sources: r.sources.filter((s) => s.path.startsWith("corpus/seeds/")),
  conflicts: r.conflicts.filter((c) => c.claims.some((cl) => cl.path.startsWith("corpus/seeds/"))),
});

describe("corroborate check over a folder with hostile files", () => {
  it("names each refused file with its reason, analyses the rest, and leaves the seeds' results as they were", () => {
    const alone = check("corpus/seeds");
    const mixed = check("corpus");
    expect(alone.status).toBe(1);
    expect(mixed.status).toBe(1);

    const errors = new Map(mixed.report.errors.map((e) => [e.path, e.reason]));
    const analysed = new Set(mixed.report.sources.map((s) => s.path));
    for (const f of files) {
      const path = `corpus/nasty/${f.name}`;
      if (f.tooLarge) expect(errors.get(path), f.name).toMatch(/too large \(50 MB, over the 5 MB limit\); raise the limit with --max-size/);
      else if (f.refused) expect(errors.get(path), f.name).toMatch(f.refused);
      else {
        expect(errors.get(path), `${f.name}: ${errors.get(path)}`).toBeUndefined();
        expect(analysed.has(path), f.name).toBe(true);
      }
    }
    // nothing else was refused, and every range points into its file
    expect(mixed.report.errors.length).toBe(files.filter((f) => f.refused || f.tooLarge).length);
    expect(seedPart(mixed.report)).toEqual(seedPart(alone.report));
  }, 120_000);

  it("refuses a single hostile file named on the command line with exit 2 and the reason, never a stack trace", () => {
    for (const f of files.filter((f) => f.refused)) {
      const run = corroborate(["check", `corpus/nasty/${f.name}`], { cwd: folder.path });
      expect(run.status, f.name).toBe(2);
      expect(run.stderr).toContain(`corpus/nasty/${f.name}`);
      expect(run.stderr).toMatch(f.refused!);
      expect(run.stderr).not.toMatch(STACK);
    }
  }, 120_000);

  it.runIf(LONG)("analyses the 50 MB line when --max-size allows it", () => {
    const t0 = Date.now();
    const run = check("corpus/nasty/one-line-50mb.txt", ["--max-size", "60MB"]);
    console.log(`[reliability] ${JSON.stringify({ test: "cli: one 50 MB line analysed", seconds: (Date.now() - t0) / 1000, status: run.status })}`);
    expect(run.report.errors).toEqual([]);
    expect(run.report.sources.map((s) => s.path)).toEqual(["corpus/nasty/one-line-50mb.txt"]);
  }, 1_800_000);
});
