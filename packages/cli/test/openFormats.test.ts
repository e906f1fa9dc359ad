// The open formats as the command writes them: SARIF against the SARIF 2.1.0 JSON schema (offline,
// a checked-in copy; see fixtures/sarif/README.md), and JSON-LD's shape.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corroborate, PACKAGE, tempFolder } from "./helpers.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function sarifValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(PACKAGE, "test/fixtures/sarif/sarif-2.1.0-rtm.5.json"), "utf8"));
  // draft-04 names the schema with `id`; ajv 8 reads `$id` (no other draft-04-only keyword is used)
  const { id, $schema: _draft04, ...rest } = schema;
  // the schema's language pattern has a stray "]" that only a non-unicode regular expression accepts
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $id: id });
}

describe("--format sarif against the SARIF 2.1.0 schema", () => {
  let validate: ValidateFunction;
  let tmp: ReturnType<typeof tempFolder>;
  beforeAll(() => {
    validate = sarifValidator();
    tmp = tempFolder();
  });
  afterAll(() => tmp?.remove());

  it("validates the seeds' log", () => {
    const run = corroborate(["check", "seeds", "--format", "sarif"]);
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("validates a log with skipped files as notifications", () => {
    writeFileSync(join(tmp.path, "empty.txt"), "");
    writeFileSync(join(tmp.path, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const run = corroborate(["check", "seeds", tmp.path, "--format", "sarif"]);
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].invocations[0].toolExecutionNotifications.length).toBe(2);
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it("rejects what the schema forbids (the check can fail)", () => {
    const log = JSON.parse(corroborate(["check", "seeds", "--format", "sarif"]).stdout);
    log.runs[0].results[0].level = "severe";
    expect(validate(log)).toBe(false);
  });
});

describe("--format jsonld", () => {
  it("writes the claims, articles and conflicts under the project's context, and exits 1 on conflicts", () => {
    const run = corroborate(["check", "seeds", "--format", "jsonld"]);
    expect(run.status).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc["@context"]).toMatch(/docs\/vocab\/context\.jsonld$/);
    const types = new Set(doc.graph.map((n: { type: string }) => n.type));
    expect([...types].sort()).toEqual(["Claim", "Conflict", "NewsArticle"]);
    const json = JSON.parse(corroborate(["check", "seeds", "--format", "json"]).stdout);
    expect(doc.graph.filter((n: { type: string }) => n.type === "Conflict")).toHaveLength(json.conflicts.length);
    expect(doc.graph.filter((n: { type: string }) => n.type === "NewsArticle").map((n: { id: string }) => n.id)).toEqual(json.sources.map((s: { uri: string }) => s.uri));
  });
});
