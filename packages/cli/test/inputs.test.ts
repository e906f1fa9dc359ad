// Files a user may really have: re-encoded copies of the seed articles beside files that are not
// articles at all. The bad ones must be named with a reason; the good ones must still be analysed,
// with ranges that point at the right characters whatever the encoding and line breaks.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corroborate, offsetAt, SEEDS, SEEDS_GOLD, tempFolder, type JsonReport } from "./helpers.js";

const seed = (prefix: string) => {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return { name, text: readFileSync(join(SEEDS, name), "utf8") };
};

let folder: ReturnType<typeof tempFolder>;
let articles: string;
/** What each good file decodes to, by path relative to the temp folder. */
const decoded = new Map<string, string>();

beforeAll(() => {
  folder = tempFolder();
  articles = join(folder.path, "articles");
  mkdirSync(join(articles, "sub"), { recursive: true });
  mkdirSync(join(articles, ".hidden"));
  mkdirSync(join(folder.path, "no-articles"));

  const put = (path: string, bytes: Buffer | string) => writeFileSync(join(articles, path), bytes);
  const keep = (path: string, text: string) => decoded.set(`articles/${path}`, text);

  const s0 = seed("000_");
  put(`sub/${s0.name}`, s0.text);
  keep(`sub/${s0.name}`, s0.text);

  const s1 = seed("001_");
  const crlf = s1.text.replace(/\r?\n/g, "\r\n");
  put(s1.name, crlf);
  keep(s1.name, crlf);

  const s2 = seed("002_");
  put(s2.name, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s2.text, "utf16le")]));
  keep(s2.name, "\uFEFF" + s2.text);

  const s3 = seed("003_");
  put(s3.name, s3.text);
  keep(s3.name, s3.text);

  const s4 = seed("004_");
  put(s4.name, "\uFEFF" + s4.text);
  keep(s4.name, "\uFEFF" + s4.text);

  put("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  put("latin1.txt", Buffer.from("Le café a fermé ses portes.\n", "latin1"));
  put("empty.txt", "");
  put("blank.txt", " \n\t\r\n  ");
  put(".hidden/skipped.txt", "About 99,000 troops were deployed.\n");
  writeFileSync(join(folder.path, "no-articles", "readme.md"), "# not an article\n");
});

afterAll(() => folder.remove());

describe("a folder with good and bad files", () => {
  let run: ReturnType<typeof corroborate>;
  let report: JsonReport;
  beforeAll(() => {
    run = corroborate(["check", "articles", "--format", "json"], { cwd: folder.path });
    report = JSON.parse(run.stdout);
  });

  it("names every bad file and why it was skipped", () => {
    const reasons = Object.fromEntries(report.errors.map((e) => [e.path, e.reason]));
    expect(reasons["articles/binary.txt"]).toMatch(/binary/);
    expect(reasons["articles/latin1.txt"]).toMatch(/not valid UTF-8.*line 1/);
    expect(reasons["articles/empty.txt"]).toMatch(/empty/);
    expect(reasons["articles/blank.txt"]).toMatch(/only whitespace/);
    expect(report.errors).toHaveLength(4);
  });

  it("still analyses the good files, recursively, CRLF, BOM and UTF-16 included, hidden folders left out", () => {
    expect(report.sources.map((s) => s.path).sort()).toEqual([...decoded.keys()].sort());
  });

  it("finds the conflicts of the seeds and exits 1", () => {
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(run.status).toBe(1);
  });

  it("gives 0-based UTF-16 ranges whose text is the slice of the file as read", () => {
    const claims = report.conflicts.flatMap((c) => c.claims);
    for (const claim of claims) {
      const text = decoded.get(claim.path)!;
      expect(text, claim.path).toBeDefined();
      expect(text.slice(offsetAt(text, claim.range.start), offsetAt(text, claim.range.end))).toBe(claim.text);
    }
    const files = new Set(claims.map((c) => c.path));
    // The troops figures: CRLF in 001, UTF-8 BOM in 004.
    expect(files).toContain([...decoded.keys()].find((p) => p.includes("001_")));
    expect(files).toContain([...decoded.keys()].find((p) => p.includes("004_")));
  });

  it("scores the same on the re-encoded copies as on the seeds", () => {
    const onSeeds = corroborate(["eval", "seeds", "--gold", SEEDS_GOLD]);
    const onCopies = corroborate(["eval", "articles", "--gold", SEEDS_GOLD], { cwd: folder.path });
    expect(onCopies.stdout.trim()).toBe(onSeeds.stdout.trim());
  });

  it("prints the skipped files to stderr in stylish mode and the report to stdout", () => {
    const stylish = corroborate(["check", "articles"], { cwd: folder.path });
    expect(stylish.status).toBe(1);
    expect(stylish.stderr).toMatch(/articles\/binary\.txt: .*binary/);
    expect(stylish.stderr).toMatch(/articles\/latin1\.txt: .*not valid UTF-8/);
    expect(stylish.stderr).toMatch(/articles\/empty\.txt: .*empty/);
    expect(stylish.stderr).toMatch(/articles\/blank\.txt: .*whitespace/);
    expect(stylish.stdout).toMatch(/articles\/001_\S+\.txt\n/);
    // Not a terminal: no colour codes.
    expect(stylish.stdout).not.toMatch(/\u001b\[/);
  });
});

describe("inputs that cannot be used", () => {
  it("refuses files over --max-size and analyses the rest", () => {
    const dir = tempFolder();
    writeFileSync(join(dir.path, "small.txt"), "About 11,000 troops were sent.\n");
    writeFileSync(join(dir.path, "large.txt"), "Approximately 12,000 troops were sent. ".repeat(10));
    const run = corroborate(["check", ".", "--max-size", "100", "--format", "json"], { cwd: dir.path });
    dir.remove();
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.errors).toEqual([{ path: "large.txt", reason: expect.stringMatching(/too large.*--max-size/) }]);
    expect(report.sources.map((s) => s.path)).toEqual(["small.txt"]);
    expect(run.status).not.toBe(2);
  });

  it("accepts sizes with units and refuses nonsense", () => {
    expect(corroborate(["check", "seeds", "--max-size", "5MB", "--format", "json"]).status).not.toBe(2);
    const bad = corroborate(["check", "seeds", "--max-size", "lots"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-size/);
  });

  it("names a missing path and a folder without .txt files, and goes on with the others", () => {
    const run = corroborate(["check", "missing.txt", "no-articles", `articles/${seed("003_").name}`, "--format", "json"], {
      cwd: folder.path,
    });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.errors).toEqual([
      { path: "missing.txt", reason: "no such file or folder" },
      { path: "no-articles", reason: "the folder contains no .txt files" },
    ]);
    expect(report.sources).toHaveLength(1);
    expect(run.status).not.toBe(2);
  });

  it("exits 2 when no input can be read, still listing why in json", () => {
    const run = corroborate(["check", "articles/empty.txt", "articles/binary.txt", "--format", "json"], { cwd: folder.path });
    expect(run.status).toBe(2);
    expect((JSON.parse(run.stdout) as JsonReport).errors.map((e) => e.path)).toEqual(["articles/empty.txt", "articles/binary.txt"]);
    expect(run.stderr).toMatch(/none of the inputs could be read/);

    const stylish = corroborate(["check", "nowhere"], { cwd: folder.path });
    expect(stylish.status).toBe(2);
    expect(stylish.stderr).toMatch(/nowhere: no such file or folder/);
  });
});
