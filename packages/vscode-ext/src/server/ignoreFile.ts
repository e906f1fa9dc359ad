/**
 * The project's list of conflicts a person has reviewed and accepted: `.corroborate/ignore.json` at
 * a workspace folder's root, `{ "ignore": [ { "id": "<conflict id>" } ] }`, the same file and format
 * that `corroborate check` honours (packages/cli/src/ignoreFile.ts). Conflict ids are stable across
 * runs, so an accepted conflict stays quiet until the articles change.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

export const IGNORE_FILE = ".corroborate/ignore.json";

export function ignoreFilePath(folderPath: string): string {
  return join(folderPath, IGNORE_FILE);
}

const SHAPE = `${IGNORE_FILE} must look like { "ignore": [ { "id": "<conflict id>" } ] }`;

/** The file's parsed content; undefined when there is none. Throws, in words, when it is malformed. */
async function readIgnoreObject(folderPath: string): Promise<{ ignore: { id: string }[] } | undefined> {
  let raw: string;
  try {
    raw = await readFile(ignoreFilePath(folderPath), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
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
  if (!Array.isArray(list) || !list.every((entry) => typeof entry?.id === "string")) throw new Error(SHAPE);
  return parsed as { ignore: { id: string }[] };
}

/** The ignored conflict ids of one folder; empty when there is no ignore file. Throws when it is malformed. */
export async function readIgnoredIds(folderPath: string): Promise<Set<string>> {
  const file = await readIgnoreObject(folderPath);
  return new Set(file?.ignore.map((entry) => entry.id) ?? []);
}

/**
 * Adds a conflict id to the folder's ignore file, creating it if needed. What is there is kept:
 * other entries with their other fields, other top-level keys. A malformed file is not overwritten:
 * this throws instead. Returns the ids the file now holds.
 */
export async function addIgnoredId(folderPath: string, id: string): Promise<Set<string>> {
  const file = (await readIgnoreObject(folderPath)) ?? { ignore: [] };
  if (!file.ignore.some((entry) => entry.id === id)) {
    file.ignore.push({ id });
    const path = ignoreFilePath(folderPath);
    await mkdir(dirname(path), { recursive: true });
    // written aside and renamed, so that a watcher (or the CLI) never reads half a file
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(file, null, 2) + "\n", "utf8");
    await rename(temp, path);
  }
  return new Set(file.ignore.map((entry) => entry.id));
}
