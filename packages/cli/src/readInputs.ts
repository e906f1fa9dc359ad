/**
 * Expands the paths given on the command line into the articles to analyse, reads each one and
 * decodes it. A file that cannot be used becomes an error naming it and saying why; it never stops
 * the others from being read.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { formatByteSize } from "./byteSize.js";
import { decodeArticle } from "@proj/model";

export interface InputFile {
  /** As shown to the user and written in reports: relative to the working folder, "/"-separated. */
  path: string;
  /** file:// URI of the absolute path; the engine keys documents by it. */
  uri: string;
  text: string;
}

export interface InputError {
  path: string;
  reason: string;
}

export interface ReadOptions {
  cwd: string;
  /** Files larger than this many bytes are refused. */
  maxSize?: number;
}

export const DEFAULT_MAX_SIZE = 5 * 1024 ** 2;

const ARTICLE = /\.txt$/i;

/**
 * Reads the files and folders in `paths`, in the order given; a folder contributes its .txt files,
 * recursively, sorted by path so that reports come out the same on every machine. Hidden entries and
 * node_modules inside folders are skipped. A path given twice is read once.
 */
export function readInputs(paths: string[], opts: ReadOptions): { files: InputFile[]; errors: InputError[] } {
  const display = (abs: string) => relative(opts.cwd, abs).split(sep).join("/") || ".";
  const files: InputFile[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();

  for (const arg of paths) {
    const abs = resolve(opts.cwd, arg);
    const found: string[] = [];
    const problem = expand(abs, found, (path, reason) => errors.push({ path: display(path), reason }));
    if (problem) {
      errors.push({ path: display(abs), reason: problem });
      continue;
    }
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      const read = readArticle(file, opts.maxSize ?? DEFAULT_MAX_SIZE);
      if ("reason" in read) errors.push({ path: display(file), reason: read.reason });
      else files.push({ path: display(file), uri: pathToFileURL(file).href, text: read.text });
    }
  }
  return { files, errors };
}

/** Adds the article files under `abs` to `found`; returns why the path itself is unusable, if it is. */
function expand(abs: string, found: string[], onError: (path: string, reason: string) => void): string | undefined {
  let stats;
  try {
    stats = statSync(abs);
  } catch (error) {
    return reasonFor(error);
  }
  if (stats.isFile()) {
    // A file named explicitly is read whatever its extension: the user chose it.
    found.push(abs);
    return undefined;
  }
  if (!stats.isDirectory()) return "not a regular file or folder";
  const before = found.length;
  walk(abs, found, new Set(), onError);
  return found.length === before ? "the folder contains no .txt files" : undefined;
}

function walk(dir: string, found: string[], visited: Set<string>, onError: (path: string, reason: string) => void): void {
  let entries: Dirent[];
  try {
    // Symbolic links may loop back to a parent folder; remember the real folders already walked.
    const real = realpathSync(dir);
    if (visited.has(real)) return;
    visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onError(dir, reasonFor(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        if (ARTICLE.test(entry.name)) onError(path, reasonFor(error));
        continue;
      }
    }
    if (isDir) walk(path, found, visited, onError);
    else if (isFile && ARTICLE.test(entry.name)) found.push(path);
  }
}

function readArticle(file: string, maxSize: number): { text: string } | { reason: string } {
  let bytes: Buffer;
  try {
    // Checked before reading so that a huge file is never loaded into memory.
    const size = statSync(file).size;
    if (size > maxSize) {
      let sizes = `${formatByteSize(size)}, over the ${formatByteSize(maxSize)} limit`;
      if (formatByteSize(size) === formatByteSize(maxSize)) sizes = `${size} bytes, over the limit of ${maxSize} bytes`;
      return { reason: `the file is too large (${sizes}); raise the limit with --max-size` };
    }
    bytes = readFileSync(file);
  } catch (error) {
    return { reason: reasonFor(error) };
  }
  return decodeArticle(bytes);
}

/** A file-system error in words, without the stack or the syscall name. */
function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return `it cannot be read (${code ?? (error as Error).message})`;
  }
}
