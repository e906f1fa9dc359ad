/**
 * Decides whether a file's bytes, or an editor's text, are an article the engine can read, and if
 * not, says why in words a person can act on. The text keeps every character, a byte order mark
 * included, because claim ranges count from the first character as stored.
 */

export type Decoded = { text: string } | { reason: string };

/** More control characters than this share of the text means the file is data, not prose. */
const MAX_CONTROL_SHARE = 0.1;

/** Bytes read from disk: UTF-8 (or UTF-16 with a byte order mark), not binary. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    try {
      return checkText(new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes));
    } catch {
      return { reason: `it starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()} text` };
    }
  }
  // A NUL byte never occurs in UTF-8 prose: checked first, it names images and archives as binary
  // rather than as broken UTF-8.
  if (bytes.includes(0)) return { reason: BINARY_NUL };
  try {
    return checkText(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch {
    return { reason: invalidUtf8Reason(bytes) };
  }
}

const BINARY_NUL = "it looks binary, not text (it contains NUL bytes)";

/**
 * Text as an editor holds it. The editor has already decoded the file, so only what survives
 * decoding can be checked: NUL and other control characters, and the size.
 */
export function checkText(text: string, maxBytes = Infinity): Decoded {
  if (text.includes("\0")) return { reason: BINARY_NUL };
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const layout = c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
    if ((c < 32 && !layout) || c === 127) controls++;
  }
  if (text.length && controls / text.length > MAX_CONTROL_SHARE) {
    return { reason: `it looks binary, not text (${Math.round((controls / text.length) * 100)}% of its characters are control characters)` };
  }
  if (maxBytes !== Infinity) {
    const size = Buffer.byteLength(text, "utf8");
    if (size > maxBytes) return { reason: tooLarge(size, maxBytes) };
  }
  return { text };
}

export function tooLarge(size: number, maxBytes: number): string {
  return `it is too large (${megabytes(size)}, over the ${megabytes(maxBytes)} limit of corroborate.maxFileSize)`;
}

function megabytes(bytes: number): string {
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
    return `it is not valid UTF-8 (byte 0x${hex} on line ${line}); it may be in another encoding such as Windows-1252: save it as UTF-8`;
  }
  return "it is not valid UTF-8; save it as UTF-8";
}
