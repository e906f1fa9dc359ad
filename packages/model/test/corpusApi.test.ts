import { describe, expect, it } from "vitest";
import { Corpus, analyzeDocument, buildReport } from "../src/index.js";

const a = "Ferry Count\nMarch 14, 2024\n\nThe coastguard said about 300 passengers were on board the ferry in the Tavel Strait.\n";
const b = "Ferry Count\nMarch 14, 2024\n\nThe port authority said about 450 passengers were on board the ferry in the Tavel Strait.\n";

describe("staged removal", () => {
  it("delete stages, commit relates once and reports the other file as changed", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.set("b.txt", b);
    expect(corpus.conflicts()).toHaveLength(1);
    expect(corpus.delete("b.txt")).toBe(true);
    expect(corpus.delete("missing.txt")).toBe(false);
    const change = corpus.commit();
    expect(change.changedUris).toEqual(["a.txt", "b.txt"]);
    expect(change.removedConflicts).toHaveLength(1);
    expect(corpus.conflicts()).toHaveLength(0);
    expect(corpus.uris()).toEqual(["a.txt"]);
  });
});

describe("relations of an attribution", () => {
  it("are the relations of the figures it credits", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.set("b.txt", b);
    const attribution = corpus.claimsOf("a.txt").find((c) => c.kind === "attribution");
    expect(attribution?.kind).toBe("attribution");
    const relations = corpus.relationsOf(attribution!.id);
    expect(relations.map((r) => r.kind)).toContain("conflicts");
  });
});

describe("a death toll is a count of people killed", () => {
  it("sets “the death toll … rose to 2,500” against “more than 3,600 people were killed”, not against “about 2,400”", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", "Quake Hits Region\nFebruary 7, 2023\n\nThe death toll from the earthquake in southern Turkey rose to 2,500 on Tuesday, officials said.");
    corpus.set("b.txt", "Quake Toll Climbs\nFebruary 7, 2023\n\nMore than 3,600 people were killed in southern Turkey after the earthquake, the disaster agency said.");
    corpus.set("c.txt", "Rescue Under Way\nFebruary 7, 2023\n\nAbout 2,400 people were killed in southern Turkey, and at least 14,000 were injured, according to the health ministry.");
    const [conflict, ...rest] = corpus.conflicts();
    expect(rest).toHaveLength(0);
    expect(conflict.subject).toBe("number of people killed in Turkey");
    const pairs = conflict.disagreements.map(([i, j]) => [conflict.claims[i].span.text, conflict.claims[j].span.text].sort().join(" ~ "));
    expect(pairs.sort()).toEqual(["2,500 ~ More than 3,600", "About 2,400 ~ More than 3,600"]);
  });
});

describe("who did what is counted", () => {
  it("does not set one party's seats against another's", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", "Election Result\nJuly 24, 2023\n\nThe conservative People's Party won 136 of the 350 seats in the Madrid parliament, the interior ministry said.");
    corpus.set("b.txt", "Hung Parliament\n24 July 2023\n\nThe People's Party won 136 seats, while the Socialists took 122 seats in the Madrid parliament.");
    expect(corpus.conflicts()).toHaveLength(0);
    const a = corpus.claimsOf("a.txt").find((c) => c.span.text === "136");
    expect(corpus.relationsOf(a!.id).map((r) => r.kind)).toEqual(["agrees"]);
  });
});

describe("headlines and glued units", () => {
  it("reads a headline's toll as a running count, and a unit glued to its digits", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", "Storm: three dead as winds batter the coast\n2 November 2023\n\nAt least three people have died after the storm brought winds of up to 180km/h to parts of France, officials said.");
    corpus.set("b.txt", "Storm Leaves Homes Dark\nNovember 2, 2023\n\nAt least five people were killed across France, officials said.");
    expect(corpus.conflicts()).toHaveLength(0);
    const speed = corpus.claimsOf("a.txt").find((c) => c.kind === "quantity" && c.span.text.includes("180km/h"));
    expect(speed?.kind === "quantity" && speed.unit).toBe("km/h");
  });
});

describe("documents analysed elsewhere", () => {
  // what a worker thread hands back: the analysis after a structured clone
  const elsewhere = (corpus: Corpus, uri: string, text: string) => structuredClone(analyzeDocument(uri, text, corpus.settings));
  const undated = "Ferry Count\n\nThe port authority said on Thursday that about 450 passengers were on board the ferry in the Tavel Strait.\n";

  it("give the same claims and conflicts as documents analysed by the corpus", () => {
    const here = new Corpus();
    const there = new Corpus();
    for (const [uri, text] of [["a.txt", a], ["b.txt", b], ["c.txt", undated]] as const) {
      here.set(uri, text);
      there.setAnalysed(uri, text, elsewhere(there, uri, text));
    }
    expect(there.conflicts()).toEqual(here.conflicts());
    expect(there.claimsOf("c.txt")).toEqual(here.claimsOf("c.txt"));
    // the undated article's "Thursday" is resolved against the dated ones in both
    expect(there.claimsOf("c.txt").some((c) => c.kind === "date" && c.resolved)).toBe(true);
  });

  it("an undated one added once the corpus has a date is read against that date", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.commit();
    corpus.setAnalysed("c.txt", undated, elsewhere(corpus, "c.txt", undated));
    const thursday = corpus.claimsOf("c.txt").find((c) => c.kind === "date");
    expect(thursday?.kind === "date" && thursday.resolved?.start).toBe("2024-03-14");
  });

  it("refuses an analysis of another document", () => {
    const corpus = new Corpus();
    expect(() => corpus.setAnalysed("b.txt", b, elsewhere(corpus, "a.txt", a))).toThrow(/a\.txt/);
  });
});

describe("an edit that moves a figure shared with another file", () => {
  it("reports the other file as changed: its links point into the edited text", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.set("b.txt", b);
    const before = corpus.conflicts()[0];
    // the same figure, further along the line: the conflict is the same, its span in b.txt is not
    const change = corpus.update("b.txt", b.replace("The port authority", "Late on Friday the port authority"));
    const after = corpus.conflicts()[0];
    expect(after.id).toBe(before.id);
    expect(after.claims.find((c) => c.uri === "b.txt")!.span.start).not.toBe(before.claims.find((c) => c.uri === "b.txt")!.span.start);
    expect(change.changedUris).toEqual(["a.txt", "b.txt"]);
  });
});

describe("an undated article when the corpus's date moves", () => {
  const undated = "Ferry Count\n\nThe port authority said on Sunday that about 450 passengers were on board the ferry in the Tavel Strait.\n";
  const dated = (day: number) => a.replace("March 14, 2024", `March ${day}, 2024`);

  it("takes the new date and reads exactly as in a fresh corpus of the same texts", () => {
    const edited = new Corpus();
    edited.set("a.txt", dated(14));
    edited.set("c.txt", undated);
    edited.commit();
    // two more dated reports move the median from March 14 to March 15: "on Sunday" stays March 10
    edited.set("b.txt", dated(15));
    edited.set("d.txt", dated(16));
    edited.commit();
    const fresh = new Corpus();
    for (const [uri, text] of [["a.txt", dated(14)], ["b.txt", dated(15)], ["c.txt", undated], ["d.txt", dated(16)]] as const) fresh.set(uri, text);
    const source = (c: Corpus) => c.sources().find((s) => s.uri === "c.txt")!;
    expect(source(edited).date).toBe("2024-03-15");
    expect(source(edited)).toEqual(source(fresh));
    expect(edited.claimsOf("c.txt")).toEqual(fresh.claimsOf("c.txt"));
    const sunday = edited.claimsOf("c.txt").find((c) => c.kind === "date");
    expect(sunday?.kind === "date" && sunday.resolved?.start).toBe("2024-03-10");
  });

  it("reads exactly as in a fresh corpus while the date wanders back to dates it met before", () => {
    // relative dates of several reaches: "yesterday" moves with every date, "on Sunday" with the week
    const undated2 = "Ferry Count Again\n\nYesterday the port authority said that about 450 passengers were on board; on Sunday the coastguard said 300.\n";
    const edited = new Corpus();
    const texts = new Map<string, string>([["c.txt", undated], ["e.txt", undated2]]);
    for (const [uri, text] of texts) edited.set(uri, text);
    // days of dated reports, added and removed so that the median goes back and forth across weeks
    const steps: [string, number | undefined][] = [
      ["a.txt", 14], ["b.txt", 20], ["d.txt", 21], ["b.txt", undefined], ["f.txt", 9], ["d.txt", undefined],
      ["b.txt", 20], ["g.txt", 2], ["f.txt", undefined], ["a.txt", 22], ["g.txt", undefined], ["a.txt", 14],
    ];
    const dates = new Set<string>();
    for (const [uri, day] of steps) {
      if (day === undefined) {
        edited.remove(uri);
        texts.delete(uri);
      } else {
        edited.update(uri, dated(day));
        texts.set(uri, dated(day));
      }
      const fresh = new Corpus();
      for (const [u, t] of [...texts].sort(([x], [y]) => (x < y ? -1 : 1))) fresh.set(u, t);
      for (const u of ["c.txt", "e.txt"]) {
        expect(edited.document(u)!.source).toEqual(fresh.document(u)!.source);
        expect(edited.claimsOf(u)).toEqual(fresh.claimsOf(u));
      }
      expect(buildReport(edited)).toEqual(buildReport(fresh));
      dates.add(edited.document("c.txt")!.source.date!);
    }
    // the walk met several dates, and came back to some
    expect(dates.size).toBeGreaterThanOrEqual(3);
  });
});
