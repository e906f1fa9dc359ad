// The command line itself: help, version, usage errors, the ignore file and --output.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corroborate, PACKAGE, REPO, SEEDS, tempFolder, type JsonReport } from "./helpers.js";

describe("help and version", () => {
  it("prints the version of the package", () => {
    const run = corroborate(["--version"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(PACKAGE, "package.json"), "utf8")).version);
  });

  it("has help for the program and each command", () => {
    expect(corroborate(["--help"]).stdout).toMatch(/Usage: corroborate <command>/);
    const check = corroborate(["check", "--help"]);
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/--format <name>/);
    expect(check.stdout).toMatch(/\.corroborate\/ignore\.json/);
    const evalHelp = corroborate(["eval", "-h"]);
    expect(evalHelp.status).toBe(0);
    expect(evalHelp.stdout).toMatch(/--min-recall/);
    expect(corroborate(["help", "eval"]).stdout).toBe(evalHelp.stdout);
  });

  it("exits 2 without a command or with an unknown one", () => {
    expect(corroborate([]).status).toBe(2);
    const run = corroborate(["verify", "seeds"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown command "verify"/);
  });
});

describe("usage errors exit 2 and say what is wrong", () => {
  const cases: [string[], RegExp][] = [
    [["check", "seeds", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["check", "seeds", "--format", "xml"], /--format must be one of stylish, json, sarif/],
    [["check", "seeds", "--format"], /--format/],
    [["check", "seeds", "--tolerance", "1"], /--tolerance/],
    [["check", "seeds", "--tolerance", "-0.1"], /--tolerance/],
    [["check", "seeds", "--tolerance", "ten"], /--tolerance/],
    [["eval"], /exactly one folder/],
    [["eval", "seeds", "--min-recall", "2"], /--min-recall/],
    [["eval", "seeds", "--max-false-alarms", "1.5"], /--max-false-alarms/],
  ];
  for (const [args, message] of cases) {
    it(args.join(" "), () => {
      const run = corroborate(args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toMatch(/--help/);
    });
  }

  it("accepts a tolerance in range", () => {
    expect(corroborate(["check", "seeds", "--tolerance", "0.04", "--format", "json"]).status).toBe(1);
  });
});

describe("the ignore file and --output", () => {
  let dir: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    dir = tempFolder();
  });
  afterAll(() => dir.remove());

  it("writes the report to --output and leaves stdout empty", () => {
    const run = corroborate(["check", SEEDS, "--format", "json", "--output", "report.json"], { cwd: dir.path });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const report = JSON.parse(readFileSync(join(dir.path, "report.json"), "utf8")) as JsonReport;
    expect(report.conflicts.length).toBeGreaterThan(0);
  });

  it("drops the conflicts listed in .corroborate/ignore.json", () => {
    const all = JSON.parse(readFileSync(join(dir.path, "report.json"), "utf8")) as JsonReport;
    const [first, ...rest] = all.conflicts.map((c) => c.id);
    mkdirSync(join(dir.path, ".corroborate"), { recursive: true });
    writeFileSync(join(dir.path, ".corroborate", "ignore.json"), JSON.stringify({ ignore: [{ id: first }] }));
    const some = JSON.parse(corroborate(["check", SEEDS, "--format", "json"], { cwd: dir.path }).stdout) as JsonReport;
    expect(some.conflicts.map((c) => c.id)).toEqual(rest);

    writeFileSync(join(dir.path, ".corroborate", "ignore.json"), JSON.stringify({ ignore: all.conflicts.map((c) => ({ id: c.id })) }));
    const none = corroborate(["check", SEEDS], { cwd: dir.path });
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/No conflicts found in 5 files/);
  });

  it("refuses a malformed ignore file with exit 2", () => {
    writeFileSync(join(dir.path, ".corroborate", "ignore.json"), '{ "ignore": "everything" }');
    const run = corroborate(["check", SEEDS], { cwd: dir.path });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.corroborate\/ignore\.json must look like/);
  });

  it("is read from the working folder only", () => {
    // The repository has no ignore file, so the seeds still conflict there.
    expect(corroborate(["check", "seeds"], { cwd: REPO }).status).toBe(1);
  });
});
