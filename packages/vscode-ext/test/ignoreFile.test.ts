import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addIgnoredId, IGNORE_FILE, readIgnoredIds } from "../src/server/ignoreFile.js";

describe(".corroborate/ignore.json, in the format `corroborate check` reads", () => {
  let dir: string;
  const file = () => join(dir, IGNORE_FILE);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-ignore-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("reads nothing when there is no file, and creates it with the first id", async () => {
    expect(await readIgnoredIds(dir)).toEqual(new Set());
    expect(await addIgnoredId(dir, "quantity-1")).toEqual(new Set(["quantity-1"]));
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual({ ignore: [{ id: "quantity-1" }] });
    expect(await readIgnoredIds(dir)).toEqual(new Set(["quantity-1"]));
  });

  it("merges with what is there, keeping other fields and keys, each id once; accepts a BOM", async () => {
    mkdirSync(join(dir, ".corroborate"));
    writeFileSync(file(), "\uFEFF" + JSON.stringify({ owner: "desk", ignore: [{ id: "date-1", note: "checked" }] }));
    await addIgnoredId(dir, "quote-2");
    await addIgnoredId(dir, "quote-2");
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual({ owner: "desk", ignore: [{ id: "date-1", note: "checked" }, { id: "quote-2" }] });
  });

  it("refuses a malformed file in words, and does not overwrite it", async () => {
    mkdirSync(join(dir, ".corroborate"));
    writeFileSync(file(), '{ "ignore": ["date-1"] }');
    await expect(readIgnoredIds(dir)).rejects.toThrow('must look like { "ignore": [ { "id": "<conflict id>" } ] }');
    await expect(addIgnoredId(dir, "quote-2")).rejects.toThrow(/must look like/);
    expect(readFileSync(file(), "utf8")).toBe('{ "ignore": ["date-1"] }');
    writeFileSync(file(), "{");
    await expect(readIgnoredIds(dir)).rejects.toThrow(/is not valid JSON/);
  });
});
