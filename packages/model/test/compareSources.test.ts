// The pictures' data on the seed articles, checked against the engine's own conflicts and the files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compareSources, Corpus, quoteWords, type Comparison } from "../src/index.js";

const SEEDS = fileURLToPath(new URL("../../../seeds", import.meta.url));

let corpus: Corpus;
let cmp: Comparison;
beforeAll(() => {
  corpus = new Corpus();
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort()) corpus.set(`file:///seeds/${f}`, readFileSync(join(SEEDS, f), "utf8"));
  cmp = compareSources(corpus);
});

describe("compareSources on the seeds", () => {
  it("puts the five articles in one event, each a column", () => {
    expect(cmp.events).toHaveLength(1);
    expect(cmp.events[0].sources.map((s) => cmp.sources[s].name)).toEqual(readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).sort());
    expect(cmp.unmatched).toBe(0);
  });

  it("shows the troop count as a conflicting row: each disputing source conflicts, the others are compatible or silent", () => {
    const conflict = corpus.conflicts().find((c) => c.kind === "quantity" && /troops/.test(c.subject))!;
    const row = cmp.events[0].rows.find((r) => r.conflictId === conflict.id)!;
    expect(row.state).toBe("conflicts");
    expect(row.subject).toBe(conflict.subject);
    const disputing = new Set(conflict.disagreements.flat().map((i) => conflict.claims[i].uri));
    const stating = new Set(conflict.claims.map((c) => c.uri));
    for (const cell of row.cells) {
      const uri = cmp.sources[cell.source].uri;
      if (disputing.has(uri)) expect(cell.state).toBe("conflicts");
      else if (stating.has(uri)) expect(cell.state).toMatch(/agrees|compatible/);
      else expect(cell).toMatchObject({ state: "silent", claims: [] });
    }
    // the one that says 12,000 against those that say 11,000
    const high = row.cells.find((c) => c.claims.some((x) => x.text === "approximately 12,000"))!;
    expect(high.against.length).toBeGreaterThanOrEqual(2);
  });

  it("links every cell's claim to its exact span in the article", () => {
    for (const row of cmp.events[0].rows)
      for (const cell of row.cells)
        for (const c of cell.claims) {
          expect(cmp.sources[cell.source].uri).toBe(c.uri);
          expect(corpus.text(c.uri)!.slice(c.start, c.end)).toBe(c.text);
        }
  });

  it("has one row per engine conflict, marked with its id", () => {
    const rows = cmp.events.flatMap((e) => e.rows);
    for (const c of corpus.conflicts().filter((x) => new Set(x.claims.map((y) => y.uri)).size > 1)) {
      expect(rows.filter((r) => r.conflictId === c.id), c.subject).toHaveLength(1);
    }
  });

  it("puts the disputed date's two resolutions side by side on the timeline", () => {
    const dated = corpus.conflicts().find((c) => c.kind === "date")!;
    const row = cmp.events[0].rows.find((r) => r.conflictId === dated.id)!;
    const entry = cmp.events[0].timeline.find((t) => t.id === row.id)!;
    expect(entry.disagrees).toBe(true);
    expect(entry.lanes.length).toBeGreaterThanOrEqual(2);
    const starts = entry.lanes.map((l) => l.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it("compares quotes word by word with the engine's diff, keeping the words as written", () => {
    const reworded = cmp.events[0].quotes.find((q) => q.renderings.some((r) => !r.identical))!;
    const [base, other] = [reworded.renderings[0], reworded.renderings.find((r) => !r.identical)!];
    const words = (ops: string[]) => quoteWords(other.parts.filter((p) => ops.includes(p.op)).map((p) => p.text).join(" "));
    expect(words(["same", "removed"])).toEqual(quoteWords(base.quote));
    expect(words(["same", "added"])).toEqual(quoteWords(other.quote));
    // as written, not folded to lower case
    expect(other.parts.map((p) => p.text).join(" ")).toMatch(/\p{Lu}/u);
  });

  it("marks the rows of reviewed conflicts", () => {
    const id = corpus.conflicts()[0].id;
    const rows = compareSources(corpus, { ignore: new Set([id]) }).events.flatMap((e) => e.rows);
    expect(rows.find((r) => r.conflictId === id)?.ignored).toBe(true);
  });
});
