/**
 * Turns the bytes of an input file into text, or says in plain words why they are not an article.
 * The text keeps every character of the file, a byte order mark included, because the ranges in
 * reports count from the first character of the file as stored and the scorer reads the BOM too.
 */

export type Decoded = { text: string } | { reason: string };

/** More control characters than this share of the text means the file is data, not prose. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: "the file is empty" };

  const utf16 = utf16ByteOrder(bytes);
  let text: string;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { reason: `the file starts with a ${utf16.toUpperCase()} byte order mark but is not valid ${utf16.toUpperCase()} text` };
    }
  } else {
    // A NUL byte never occurs in UTF-8 prose; checking it first names images and archives as binary
    // rather than as broken UTF-8.
    if (bytes.includes(0)) {
      return { reason: "the file looks binary, not text (it contains NUL bytes); if it is UTF-16 text, save it with a byte order mark or as UTF-8" };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return { reason: invalidUtf8Reason(bytes) };
    }
  }

  // JavaScript's \s covers U+FEFF, so a file holding only a BOM counts as empty too.
  if (/^\s*$/.test(text)) return { reason: "the file contains only whitespace" };
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) {
    return { reason: `the file looks binary, not text (${Math.round(share * 100)}% of its characters are control characters)` };
  }
  return { text };
}

function utf16ByteOrder(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/** Share of characters that are control codes other than tab, line and page breaks. */
function controlShare(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const layout = c === 9 || c === 10 || c === 11 || c === 12 || c === 13;
    if ((c < 32 && !layout) || c === 127) controls++;
  }
  return controls / text.length;
}

/**
 * Says where the first byte that is not UTF-8 stands, so the user can find it. A lenient decode puts
 * U+FFFD there; a U+FFFD that the file really holds (bytes EF BF BD) is skipped.
 */
function invalidUtf8Reason(bytes: Uint8Array): string {
  const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  let at = lenient.indexOf("\uFFFD");
  while (at >= 0) {
    const byteOffset = encoder.encode(lenient.slice(0, at)).length;
    const real = bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd;
    if (!real) {
      const line = lenient.slice(0, at).split("\n").length;
      const hex = bytes[byteOffset].toString(16).toUpperCase().padStart(2, "0");
      return (
        `the file is not valid UTF-8 (byte 0x${hex} on line ${line}, at byte offset ${byteOffset}); ` +
        "it may be in another encoding such as Windows-1252: save it as UTF-8"
      );
    }
    at = lenient.indexOf("\uFFFD", at + 1);
  }
  return "the file is not valid UTF-8; save it as UTF-8";
}
