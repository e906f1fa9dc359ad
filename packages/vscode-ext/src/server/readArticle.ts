import { readFile, stat } from "node:fs/promises";
import { decodeArticle, tooLarge, type Decoded } from "./decodeArticle.js";

/** An article on disk: its text, why it cannot be analysed, or gone (nothing left to show a diagnostic on). */
export type DiskArticle = Decoded | { missing: true };

/** Reads one article from disk. Never throws. */
export async function readArticle(path: string, maxBytes: number): Promise<DiskArticle> {
  try {
    // Checked before reading so that a huge file is never loaded into memory.
    const { size } = await stat(path);
    if (size > maxBytes) return { reason: tooLarge(size, maxBytes) };
    return decodeArticle(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return { missing: true };
    return { reason: fileErrorReason(code, error) };
  }
}

/** A file-system error in words, without the stack or the syscall name. */
function fileErrorReason(code: string | undefined, error: unknown): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "it cannot be read (permission denied)";
    case "EISDIR":
      return "it is a folder";
    default:
      return `it cannot be read (${code ?? (error as Error).message})`;
  }
}
