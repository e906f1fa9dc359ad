// `corroborate eval` against the gold of the seed articles (a copy in fixtures/, as data).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corroborate, SEEDS_GOLD, tempFolder } from "./helpers.js";

const SUMMARY = /^recall=(\d\.\d\d) \((\d+)\/(\d+)\) stretch=(\d+)\/(\d+) false_alarms=(\d+)\/(\d+) reported_pairs=(\d+) unreviewed=(\d+)$/m;

describe("corroborate eval", () => {
  it("prints the scorer's summary line", () => {
    const run = corroborate(["eval", "seeds", "--gold", SEEDS_GOLD]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(SUMMARY);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.status).toBe(0);
  });

  it("lists every gold pair with --verbose", () => {
    const run = corroborate(["eval", "seeds", "--gold", SEEDS_GOLD, "--verbose"]);
    expect(run.stdout).toMatch(/^(found |MISSED) nk-troops-in-kursk: 001_146c9178da6cf846\.txt ~ 004_8f6f506567bb87ad\.txt$/m);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(SUMMARY);
  });

  it("reads <folder>/gold.json by default and exits 1 when a threshold is missed", () => {
    // Two articles that agree, and a gold that nevertheless expects a conflict: recall is 0 whatever the engine does.
    const dir = tempFolder();
    mkdirSync(join(dir.path, "corpus"));
    writeFileSync(join(dir.path, "corpus", "a.txt"), "The minister visited the port on Monday.\n");
    writeFileSync(join(dir.path, "corpus", "b.txt"), "On Monday the minister went to the port.\n");
    const gold = {
      conflicts: [
        {
          id: "invented",
          kind: "quote",
          mentions: [
            { file: "a.txt", text: "visited" },
            { file: "b.txt", text: "went" },
          ],
          conflicting_pairs: [["a.txt", "b.txt"]],
        },
      ],
      must_not_flag: [],
    };
    writeFileSync(join(dir.path, "corpus", "gold.json"), JSON.stringify(gold));
    const lenient = corroborate(["eval", "corpus", "--verbose"], { cwd: dir.path });
    const strict = corroborate(["eval", "corpus", "--min-recall", "0.5"], { cwd: dir.path });
    dir.remove();
    expect(lenient.stdout).toMatch(/^MISSED invented: a\.txt ~ b\.txt\n/);
    expect(lenient.stdout).toMatch(/^recall=0\.00 \(0\/1\) stretch=0\/0 false_alarms=0\/0 /m);
    expect(lenient.status).toBe(0);
    expect(strict.status).toBe(1);
  });

  it("exits 2 when the gold file is missing or does not fit the corpus", () => {
    const dir = tempFolder();
    const missing = corroborate(["eval", "seeds", "--gold", join(dir.path, "gold.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/gold\.json: no such gold file/);

    const wrongGold = join(dir.path, "wrong-gold.json");
    const gold = { conflicts: [{ id: "x", kind: "quote", mentions: [{ file: "000_784df25d2b966391.txt", text: "not in the article" }] }] };
    writeFileSync(wrongGold, JSON.stringify(gold));
    const wrong = corroborate(["eval", "seeds", "--gold", wrongGold]);
    dir.remove();
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/gold mention not found: 000_784df25d2b966391\.txt/);
  });
});

describe("accuracy on the seed articles", () => {
  // The engine's target on the published seeds: every core conflict found, no must-not-flag pair reported.
  it("reaches recall 1.00 with 0 false alarms", () => {
    const run = corroborate(["eval", "seeds", "--gold", SEEDS_GOLD, "--verbose", "--min-recall", "1", "--max-false-alarms", "0"]);
    const [, recall, , , , , falseAlarms] = SUMMARY.exec(run.stdout) ?? [];
    expect({ recall, falseAlarms, status: run.status }, run.stdout).toEqual({ recall: "1.00", falseAlarms: "0", status: 0 });
  });
});
