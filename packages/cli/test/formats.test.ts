// The three output formats on the seed articles, checked against the files themselves.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import { corroborate, linesOf, offsetAt, REPO, type JsonReport } from "./helpers.js";

const fileText = (path: string) => readFileSync(join(REPO, decodeURIComponent(path)), "utf8");

let json: ReturnType<typeof corroborate>;
let report: JsonReport;
beforeAll(() => {
  json = corroborate(["check", "seeds", "--format", "json"]);
  report = JSON.parse(json.stdout);
});

describe("--format json", () => {
  it("exits 1 with conflicts in the seeds, and no input errors", () => {
    expect(json.status).toBe(1);
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(report.errors).toEqual([]);
    expect(report.sources.map((s) => s.path)).toEqual([
      "seeds/000_784df25d2b966391.txt",
      "seeds/001_146c9178da6cf846.txt",
      "seeds/002_7e7ce854fb62eee9.txt",
      "seeds/003_73d2c028511a9fad.txt",
      "seeds/004_8f6f506567bb87ad.txt",
    ]);
  });

  it("gives each claim a 0-based range whose text is the file slice, and valid disagreement pairs", () => {
    for (const conflict of report.conflicts) {
      expect(["quantity", "date", "attribution", "quote", "other"]).toContain(conflict.kind);
      expect(conflict.disagreements.length).toBeGreaterThan(0);
      for (const [i, j] of conflict.disagreements) {
        expect(conflict.claims[i]).toBeDefined();
        expect(conflict.claims[j]).toBeDefined();
        expect(i).not.toBe(j);
      }
      for (const claim of conflict.claims) {
        const text = fileText(claim.path);
        expect(text.slice(offsetAt(text, claim.range.start), offsetAt(text, claim.range.end))).toBe(claim.text);
      }
    }
  });

  it("is the same on every run", () => {
    expect(corroborate(["check", "seeds", "--format", "json"]).stdout).toBe(json.stdout);
  });
});

describe("--format sarif", () => {
  interface Region {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
    snippet?: { text: string };
  }
  interface Location {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: Region };
  }
  let sarif: {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri: string }[] } };
      columnKind: string;
      invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
      results: {
        ruleId: string;
        level: string;
        message: { text: string };
        locations: Location[];
        relatedLocations: Location[];
        partialFingerprints: Record<string, string>;
      }[];
    }[];
  };
  let status: number | null;
  beforeAll(() => {
    const run = corroborate(["check", "seeds", "--format", "sarif"]);
    status = run.status;
    sarif = JSON.parse(run.stdout);
  });

  it("is a SARIF 2.1.0 log with one run of corroborate and its rules", () => {
    expect(status).toBe(1);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    expect(run.tool.driver.name).toBe("corroborate");
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.invocations[0].executionSuccessful).toBe(true);
    for (const rule of run.tool.driver.rules) expect(() => new URL(rule.helpUri)).not.toThrow();
  });

  it("has one result per conflict, each region inside its file and on the claimed text", () => {
    const [run] = sarif.runs;
    const ruleIds = run.tool.driver.rules.map((r) => r.id);
    expect(run.results).toHaveLength(report.conflicts.length);
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(["warning", "note"]).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(0);
      expect(Object.values(result.partialFingerprints)[0]).toBeTruthy();
      expect(result.locations).toHaveLength(1);
      for (const { physicalLocation } of [...result.locations, ...result.relatedLocations]) {
        const { uri } = physicalLocation.artifactLocation;
        expect(uri).not.toMatch(/^\/|^file:/);
        const lines = linesOf(fileText(uri));
        const r = physicalLocation.region!;
        expect(r.startLine).toBeGreaterThanOrEqual(1);
        expect(r.endLine).toBeLessThanOrEqual(lines.length);
        expect(r.startColumn).toBeGreaterThanOrEqual(1);
        expect(r.startColumn).toBeLessThanOrEqual(lines[r.startLine - 1].length + 1);
        expect(r.endColumn).toBeLessThanOrEqual(lines[r.endLine - 1].length + 1);
        expect(r.endLine > r.startLine || r.endColumn >= r.startColumn).toBe(true);
        if (r.startLine === r.endLine) {
          expect(lines[r.startLine - 1].slice(r.startColumn - 1, r.endColumn - 1)).toBe(r.snippet?.text);
        }
      }
    }
  });

  it("lists unreadable inputs as tool notifications", () => {
    const run = corroborate(["check", "seeds", "no/such/file.txt", "--format", "sarif"]);
    const notifications = JSON.parse(run.stdout).runs[0].invocations[0].toolExecutionNotifications;
    expect(notifications).toHaveLength(1);
    expect(notifications[0].message.text).toMatch(/no\/such\/file\.txt: no such file or folder/);
    expect(run.status).toBe(1);
  });
});

describe("--format stylish", () => {
  it("lists each file and the 1-based line:col of each disputed claim, then a summary", () => {
    const run = corroborate(["check", "seeds"]);
    expect(run.status).toBe(1);
    for (const conflict of report.conflicts) {
      for (const i of new Set(conflict.disagreements.flat())) {
        const claim = conflict.claims[i];
        expect(run.stdout).toContain(claim.path);
        expect(run.stdout).toMatch(new RegExp(`\\n +${claim.range.start.line + 1}:${claim.range.start.character + 1}  (warning|info) `));
      }
    }
    expect(run.stdout).toMatch(new RegExp(`✖ ${report.conflicts.length} conflicts? `));
  });

  it("uses colour only on a terminal and never with NO_COLOR", async () => {
    // spawnSync pipes stdout, so the binary is not on a terminal; a terminal is faked in-process.
    expect(corroborate(["check", "seeds"]).stdout).not.toMatch(/\u001b\[/);
    const onTerminal = async (env: Record<string, string>) => {
      let stdout = "";
      const io = { cwd: REPO, env, stdout: { isTTY: true, write: (s: string) => void (stdout += s) }, stderr: { write: () => {} } };
      expect(await main(["check", "seeds"], io)).toBe(1);
      return stdout;
    };
    expect(await onTerminal({})).toMatch(/\u001b\[33mwarning/);
    expect(await onTerminal({ NO_COLOR: "1" })).not.toMatch(/\u001b\[/);
  });
});
