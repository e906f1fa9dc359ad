/**
 * Reads and writes a workspace folder's `.corroborate/ignore.json`, the list of accepted conflicts
 * that `corroborate check` honours too. Its format and merging are the engine's (`parseIgnoreList`,
 * `withIgnoredId`); this module does only the file I/O.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { IGNORE_FILE, parseIgnoreList, withIgnoredId } from "@proj/model";

export { IGNORE_FILE };

export function ignoreFilePath(folderPath: string): string {
  return join(folderPath, IGNORE_FILE);
}

async function readRaw(folderPath: string): Promise<string | undefined> {
  try {
    return await readFile(ignoreFilePath(folderPath), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${IGNORE_FILE} cannot be read (${(error as NodeJS.ErrnoException).code})`);
  }
}

/** The ignored conflict ids of one folder; empty when there is no ignore file. Throws when it is malformed. */
export async function readIgnoredIds(folderPath: string): Promise<Set<string>> {
  const raw = await readRaw(folderPath);
  return raw === undefined ? new Set() : parseIgnoreList(raw);
}

/** Adds a conflict id to the folder's ignore file, creating it if needed; a malformed file is not overwritten. */
export async function addIgnoredId(folderPath: string, id: string): Promise<Set<string>> {
  const next = withIgnoredId(await readRaw(folderPath), id);
  if (next.changed) {
    const path = ignoreFilePath(folderPath);
    await mkdir(dirname(path), { recursive: true });
    // written aside and renamed, so that a watcher (or the CLI) never reads half a file
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, next.text, "utf8");
    await rename(temp, path);
  }
  return next.ids;
}
