/**
 * The project's list of conflicts a person has reviewed and accepted: `.corroborate/ignore.json` in
 * the working folder. Its format is the engine's (`parseIgnoreList`); this module only reads the file.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { IGNORE_FILE, parseIgnoreList } from "@proj/model";

export { IGNORE_FILE };

/** The ignored conflict ids; empty when there is no ignore file. Throws, in words, when the file is malformed. */
export function readIgnoredIds(cwd: string): Set<string> {
  let raw: string;
  try {
    raw = readFileSync(join(cwd, IGNORE_FILE), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw new Error(`${IGNORE_FILE} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
  return parseIgnoreList(raw);
}
