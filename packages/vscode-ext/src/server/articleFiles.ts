import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import picomatch from "picomatch";

export interface Folder {
  uri: string;
  path: string;
  name: string;
}

/**
 * Which files of the workspace folders are articles: the include globs select, the exclude globs
 * remove, both relative to the folder that holds the file ("/"-separated).
 */
export class ArticleFilter {
  private readonly included: (path: string) => boolean;
  private readonly excluded: (path: string) => boolean;
  /** Hidden folders are walked only when an include glob names one; otherwise `.git` would be read. */
  private readonly walkHidden: boolean;

  constructor(
    readonly folders: Folder[],
    include: string[],
    exclude: string[],
  ) {
    this.included = picomatch(include.length ? include : ["**/*.txt"]);
    this.excluded = exclude.length ? picomatch(exclude) : () => false;
    this.walkHidden = include.some((g) => /(^|\/)\.[^/*]/.test(g));
  }

  /** The innermost workspace folder holding the path, and the path relative to it. */
  locate(path: string): { folder: Folder; rel: string } | undefined {
    let best: { folder: Folder; rel: string } | undefined;
    for (const folder of this.folders) {
      const rel = relative(folder.path, path);
      if (!rel || rel.startsWith("..") || rel.startsWith(sep) || /^[a-zA-Z]:/.test(rel)) continue;
      if (!best || folder.path.length > best.folder.path.length) best = { folder, rel: rel.split(sep).join("/") };
    }
    return best;
  }

  /** An article of the workspace: inside a folder, included and not excluded. */
  isArticle(path: string): boolean {
    const at = this.locate(path);
    return !!at && this.included(at.rel) && !this.excluded(at.rel);
  }

  /**
   * Whether an open document is analysed: a workspace file only when it is an article; a file
   * outside every folder (or an untitled one) always, since the user opened it to check it.
   */
  analysesOpen(path: string | undefined): boolean {
    if (path === undefined || !this.locate(path)) return true;
    return this.isArticle(path);
  }

  private prunes(rel: string, name: string): boolean {
    return (name.startsWith(".") && !this.walkHidden) || this.excluded(rel);
  }

  /**
   * The article paths under every folder (or under `dir` only), sorted, each once. Symbolic links
   * are followed only out of the workspace folders, and each real folder is walked once.
   */
  async list(dir?: string): Promise<string[]> {
    const found = new Set<string>();
    const visited = new Set<string>();
    const realFolders = (await Promise.all(this.folders.map((f) => realpath(f.path).catch(() => f.path)))).map((p) => p + sep);
    for (const root of dir === undefined ? this.folders.map((f) => f.path) : [dir]) await this.walk(root, found, visited, realFolders);
    return [...found].sort();
  }

  private async walk(dir: string, found: Set<string>, visited: Set<string>, realFolders: string[]): Promise<void> {
    let entries;
    try {
      const real = await realpath(dir);
      if (visited.has(real)) return;
      visited.add(real);
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      // An unreadable folder holds no articles we can show; the others are still read.
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      const at = this.locate(path);
      if (!at) continue;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          // A link to something inside a workspace folder is read under its own path; following
          // it too would make one article two, agreeing with itself (or loop back up the tree).
          const real = await realpath(path);
          if (realFolders.some((f) => (real + sep).startsWith(f))) continue;
          const target = await stat(path);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDir && !this.prunes(at.rel, entry.name)) await this.walk(path, found, visited, realFolders);
      else if (isFile && this.included(at.rel) && !this.excluded(at.rel)) found.add(path);
    }
  }
}
