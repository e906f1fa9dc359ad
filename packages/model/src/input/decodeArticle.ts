/**
 * Decides whether bytes, or an editor's text, are an article the engine can read, and if not, says
 * why in words a person can act on. Pure: every face reads the file itself and asks here. The text
 * keeps every character, a byte order mark included, because claim ranges count from the first
 * character as stored (the scorer reads the BOM too).
 */

export type Decoded = { text: string } | { reason: string };

/** More control characters than this share of the text means the file is data, not prose. */
const MAX_CONTROL_SHARE = 0.1;

export interface DecodeOptions {
  /** An empty article is refused by a batch check; an editor lets one be written. */
  allowEmpty?: boolean;
}

export function decodeArticle(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) return options.allowEmpty ? { text: "" } : { reason: "the file is empty" };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { reason: `the file starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()} text` };
    }
  } else {
    // A NUL byte never occurs in UTF-8 prose: checked first, it names images and archives as binary
    // rather than as broken UTF-8.
    if (bytes.includes(0)) return { reason: BINARY_NUL };
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { reason: invalidUtf8Reason(bytes) };
    }
  }
  // JavaScript's \s covers U+FEFF, so a file holding only a BOM counts as empty too.
  if (!options.allowEmpty && /^\s*$/.test(text)) return { reason: "the file contains only whitespace" };
  return checkText(text);
}

const BINARY_NUL = "the file looks binary, not text (it contains NUL bytes); if it is UTF-16 text, save it with a byte order mark or as UTF-8";

/**
 * Text as an editor holds it. The editor has already decoded the file, so only what survives
 * decoding can be checked: NUL and other control characters, and the size in UTF-8 bytes.
 */
export function checkText(text: string, maxBytes = Infinity): Decoded {
  const binary = binaryReason(text);
  if (binary) return { reason: binary === NUL ? BINARY_NUL : `the file looks binary, not text (${binary})` };
  if (maxBytes !== Infinity) {
    const size = new TextEncoder().encode(text).length;
    if (size > maxBytes) return { reason: `the file is too large (${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit)` };
  }
  return { text };
}

const NUL = "it contains NUL characters";

/** Why a text is data rather than prose ("it contains NUL characters"), or undefined when it is prose. */
export function binaryReason(text: string): string | undefined {
  if (text.includes("\0")) return NUL;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const layout = c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
    if ((c < 32 && !layout) || c === 127) controls++;
  }
  if (text.length && controls / text.length > MAX_CONTROL_SHARE) return `${Math.round((controls / text.length) * 100)}% of its characters are control characters`;
  return undefined;
}

export function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : mb >= 0.01 ? `${Number(mb.toFixed(2))} MB` : `${bytes} bytes`;
}

/**
 * Says where the first byte that is not UTF-8 stands, so the user can find it. A lenient decode puts
 * U+FFFD there; a U+FFFD the file really holds (bytes EF BF BD) is skipped.
 */
function invalidUtf8Reason(bytes: Uint8Array): string {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let at = lenient.indexOf("\uFFFD"); at >= 0; at = lenient.indexOf("\uFFFD", at + 1)) {
    const byteOffset = encoder.encode(lenient.slice(0, at)).length;
    const real = bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd;
    if (real) continue;
    const line = lenient.slice(0, at).split("\n").length;
    const hex = bytes[byteOffset].toString(16).toUpperCase().padStart(2, "0");
    return `the file is not valid UTF-8 (byte 0x${hex} on line ${line}); it may be in another encoding such as Windows-1252: save it as UTF-8`;
  }
  return "the file is not valid UTF-8; save it as UTF-8";
}
