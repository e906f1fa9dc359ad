/**
 * The project's list of conflicts a person has reviewed and accepted: `.corroborate/ignore.json` in
 * the working folder, `{ "ignore": [ { "id": "<conflict id>" } ] }`. Conflict ids are stable across
 * runs, so an accepted conflict stays quiet until the articles change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const IGNORE_FILE = ".corroborate/ignore.json";

/** The ignored conflict ids; empty when there is no ignore file. Throws, in words, when the file is malformed. */
export function readIgnoredIds(cwd: string): Set<string> {
  let raw: string;
  try {
    raw = readFileSync(join(cwd, IGNORE_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw new Error(`${IGNORE_FILE} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  let parsed: unknown;
  try {
    // Editors on Windows may save a BOM, which JSON.parse refuses.
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${IGNORE_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const list = (parsed as { ignore?: unknown })?.ignore;
  if (!Array.isArray(list) || !list.every((entry) => typeof entry?.id === "string")) {
    throw new Error(`${IGNORE_FILE} must look like { "ignore": [ { "id": "<conflict id>" } ] }`);
  }
  return new Set(list.map((entry: { id: string }) => entry.id));
}
