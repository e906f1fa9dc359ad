/**
 * Whether a file's bytes or an editor's text are an article, from the engine's one implementation;
 * only the wording of the size limit is the server's, since it names the setting.
 */
import { checkText as checkDecoded, decodeArticle as decode, formatBytes, type Decoded } from "@proj/model";

export type { Decoded };

/** Bytes read from disk; an empty file is an article being written, not an error. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  return decode(bytes, { allowEmpty: true });
}

/** Text as an editor holds it, within the size limit. */
export function checkText(text: string, maxBytes = Infinity): Decoded {
  const checked = checkDecoded(text);
  if ("reason" in checked || maxBytes === Infinity) return checked;
  const size = new TextEncoder().encode(text).length;
  return size > maxBytes ? { reason: tooLarge(size, maxBytes) } : checked;
}

export function tooLarge(size: number, maxBytes: number): string {
  return `the file is too large (${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit of corroborate.maxFileSize)`;
}
