import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleFilter } from "../src/server/articleFiles.js";

describe("ArticleFilter", () => {
  let root: string;
  let outside: string;
  const at = (...p: string[]) => join(root, ...p);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "corroborate-files-"));
    outside = mkdtempSync(join(tmpdir(), "corroborate-outside-"));
    writeFileSync(join(outside, "h.txt"), "text");
    for (const p of ["a.txt", "news/b.txt", "news/c.md", "node_modules/pkg/d.txt", ".git/e.txt", "drafts/f.txt", ".archive/g.txt"]) {
      mkdirSync(join(root, p, ".."), { recursive: true });
      writeFileSync(join(root, p), "text");
    }
    symlinkSync(root, at("news", "loop"));
    symlinkSync(outside, at("linked"));
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  const folder = () => ({ uri: `file://${root}`, path: root, name: "root" });

  it("lists the .txt files, skipping node_modules, hidden folders and links back into the workspace", async () => {
    const filter = new ArticleFilter([folder()], ["**/*.txt"], ["**/node_modules/**"]);
    expect(await filter.list()).toEqual([at("a.txt"), at("drafts", "f.txt"), at("linked", "h.txt"), at("news", "b.txt")]);
  });

  it("applies the globs relative to the folder", async () => {
    const filter = new ArticleFilter([folder()], ["**/*.txt"], ["drafts/**"]);
    expect(filter.isArticle(at("drafts", "f.txt"))).toBe(false);
    expect(filter.isArticle(at("news", "b.txt"))).toBe(true);
    expect(filter.isArticle(at("news", "c.md"))).toBe(false);
    expect(filter.isArticle("/elsewhere/x.txt")).toBe(false);
    expect(await filter.list(at("news"))).toEqual([at("news", "b.txt")]);
  });

  it("walks a hidden folder when an include glob names it", async () => {
    const filter = new ArticleFilter([folder()], [".archive/**/*.txt"], []);
    expect(await filter.list()).toEqual([at(".archive", "g.txt")]);
  });

  it("analyses open files outside every folder, and open workspace files only when they are articles", () => {
    const filter = new ArticleFilter([folder()], ["**/*.txt"], ["drafts/**"]);
    expect(filter.analysesOpen("/elsewhere/x.txt")).toBe(true);
    expect(filter.analysesOpen(undefined)).toBe(true);
    expect(filter.analysesOpen(at("drafts", "f.txt"))).toBe(false);
  });

  it("places a file in the innermost of nested folders", () => {
    const inner = { uri: `file://${at("news")}`, path: at("news"), name: "news" };
    const filter = new ArticleFilter([folder(), inner], ["*.txt"], []);
    expect(filter.locate(at("news", "b.txt"))).toEqual({ folder: inner, rel: "b.txt" });
    expect(filter.isArticle(at("news", "b.txt"))).toBe(true);
  });
});
