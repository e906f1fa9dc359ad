/**
 * The list of conflicts a person has reviewed and accepted, as the faces store it in
 * `.corroborate/ignore.json`: `{ "ignore": [ { "id": "<conflict id>" } ] }`. Parsing and merging
 * live here once; the faces only read and write the file.
 */

export const IGNORE_FILE = ".corroborate/ignore.json";

const SHAPE = `${IGNORE_FILE} must look like { "ignore": [ { "id": "<conflict id>" } ] }`;

interface IgnoreObject {
  ignore: ({ id: string } & Record<string, unknown>)[];
  [key: string]: unknown;
}

function parse(raw: string): IgnoreObject {
  let parsed: unknown;
  try {
    // Editors on Windows may save a BOM, which JSON.parse refuses.
    parsed = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`${IGNORE_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const list = (parsed as { ignore?: unknown })?.ignore;
  if (!Array.isArray(list) || !list.every((entry) => typeof entry?.id === "string")) throw new Error(SHAPE);
  return parsed as IgnoreObject;
}

/** The ignored conflict ids of the file's text. Throws, in words, when it is malformed. */
export function parseIgnoreList(raw: string): Set<string> {
  return new Set(parse(raw).ignore.map((entry) => entry.id));
}

/**
 * The file's new text with one more id, keeping what is there (other entries with their other fields,
 * other keys); `changed` is false when the id was listed already. Throws on a malformed file, so that
 * it is never overwritten.
 */
export function withIgnoredId(raw: string | undefined, id: string): { text: string; ids: Set<string>; changed: boolean } {
  const file = raw === undefined ? { ignore: [] } : parse(raw);
  const changed = !file.ignore.some((entry) => entry.id === id);
  if (changed) file.ignore.push({ id });
  return { text: JSON.stringify(file, null, 2) + "\n", ids: new Set(file.ignore.map((entry) => entry.id)), changed };
}
