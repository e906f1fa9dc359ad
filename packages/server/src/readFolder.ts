import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface FolderArticle {
  uri: string;
  text: string;
}

/** The `.txt` files under a folder (recursively, in path order), and the ones that are not UTF-8 text. */
export async function readFolder(folder: string): Promise<{ articles: FolderArticle[]; skipped: { path: string; reason: string }[] }> {
  const root = resolve(folder);
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".txt"))
    .map((e) => join(e.parentPath ?? root, e.name))
    .sort();
  const articles: FolderArticle[] = [];
  const skipped: { path: string; reason: string }[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  for (const path of paths) {
    try {
      articles.push({ uri: pathToFileURL(path).href, text: decoder.decode(await readFile(path)) });
    } catch (e) {
      skipped.push({ path, reason: e instanceof TypeError ? "not valid UTF-8" : String((e as Error).message) });
    }
  }
  return { articles, skipped };
}
