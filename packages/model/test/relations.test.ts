import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Corpus, type Claim, type Conflict, type QuantityClaim } from "../src/index.js";
import { locate, show } from "./helpers.js";

const here = dirname(fileURLToPath(import.meta.url));
const CORPORA = join(here, "corpora");

interface Mention {
  file: string;
  text: string;
  occurrence?: number;
}
/**
 * `open`: a known miss or false alarm, with the reason it is left; its test is expected to fail, so
 * that a fix that settles it shows up (and the mark is removed with the fix).
 */
interface Expected {
  event: string;
  conflicts: { kind: Conflict["kind"]; about: string; a: Mention; b: Mention; open?: string }[];
  mustNot: { about: string; a: Mention; b: Mention; kinds?: Conflict["kind"][]; open?: string }[];
}

const uriOf = (name: string, file: string) => `file:///corpora/${name}/${file}`;

function load(name: string): { corpus: Corpus; texts: Map<string, string>; expected: Expected } {
  const dir = join(CORPORA, name);
  const corpus = new Corpus();
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    texts.set(file, text);
    corpus.set(uriOf(name, file), text);
  }
  return { corpus, texts, expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) };
}

/** Does the claim stand over the mention? Claims and mentions are matched by overlap, as the gold scorer does. */
function over(name: string, texts: Map<string, string>, c: Claim, m: Mention): boolean {
  if (c.uri !== uriOf(name, m.file)) return false;
  const { start, end } = locate(texts.get(m.file)!, m.text, m.occurrence);
  return c.span.start < end && start < c.span.end;
}

/** Every reported disagreeing pair, with its conflict. */
function pairs(corpus: Corpus): { conflict: Conflict; x: Claim; y: Claim }[] {
  return corpus.conflicts().flatMap((conflict) => conflict.disagreements.map(([i, j]) => ({ conflict, x: conflict.claims[i], y: conflict.claims[j] })));
}

function describePairs(corpus: Corpus): string {
  return (
    pairs(corpus)
      .map((p) => `  ${p.conflict.kind}: ${p.x.uri.split("/").pop()} “${p.x.span.text}” ~ ${p.y.uri.split("/").pop()} “${p.y.span.text}”`)
      .join("\n") || "  (none)"
  );
}

const corpusNames = readdirSync(CORPORA)
  .filter((d) => existsSync(join(CORPORA, d, "expected.json")))
  .sort();

describe.each(corpusNames)("corpus %s", (name) => {
  const { corpus, texts, expected } = load(name);

  for (const c of expected.conflicts) {
    (c.open ? it.fails : it)(`finds ${c.kind}: ${c.a.file} “${c.a.text}” ~ ${c.b.file} “${c.b.text}” (${c.about})`, () => {
      const found = pairs(corpus).some(
        (p) =>
          p.conflict.kind === c.kind &&
          ((over(name, texts, p.x, c.a) && over(name, texts, p.y, c.b)) || (over(name, texts, p.x, c.b) && over(name, texts, p.y, c.a))),
      );
      expect(found, `reported pairs:\n${describePairs(corpus)}`).toBe(true);
    });
  }

  for (const m of expected.mustNot) {
    (m.open ? it.fails : it)(`does not flag ${m.a.file} “${m.a.text}” ~ ${m.b.file} “${m.b.text}” (${m.about})`, () => {
      const bad = pairs(corpus).filter(
        (p) =>
          (!m.kinds || m.kinds.includes(p.conflict.kind)) &&
          ((over(name, texts, p.x, m.a) && over(name, texts, p.y, m.b)) || (over(name, texts, p.x, m.b) && over(name, texts, p.y, m.a))),
      );
      expect(bad.map((p) => `${p.conflict.kind}: ${show(p.x)} ~ ${show(p.y)}`)).toEqual([]);
    });
  }
});

// Two short reports on one deployment; the figures sit where a test can point at them.
const A = "Troops Massed On The Border\nMarch 14, 2024\n\nAbout 11,000 soldiers were deployed in the Tula region, officials said.\n";
const B = "Border Build-Up Continues\nMarch 14, 2024\n\nAbout 12,000 soldiers were deployed in the Tula region, the ministry said.\n";
const B_AGREES = "Border Build-Up Continues\nMarch 14, 2024\n\nAbout 11,000 soldiers were deployed in the Tula region, the ministry said.\n";
const C = "Tula Region Braces For More Troops\nMarch 15, 2024\n\nMore than 10,000 soldiers were deployed in the Tula region, a regional official said.\n";

function pairCorpus(options: ConstructorParameters<typeof Corpus>[0] = {}): Corpus {
  const corpus = new Corpus(options);
  corpus.set("file:///a.txt", A);
  corpus.set("file:///b.txt", B);
  return corpus;
}

const figureIn = (corpus: Corpus, uri: string) => corpus.claimsOf(uri).find((c): c is QuantityClaim => c.kind === "quantity")!;

describe("queries", () => {
  it("claimsAt finds the figure under the cursor, innermost first", () => {
    const corpus = pairCorpus();
    const at = A.indexOf("11,000") + 2;
    const claims = corpus.claimsAt("file:///a.txt", at);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0].kind).toBe("quantity");
    expect(claims[0].span.text).toBe("About 11,000");
    expect(corpus.claimsAt("file:///a.txt", A.indexOf("Troops Massed"))).toEqual([]);
  });

  it("relationsOf lists the conflict of a figure, naming both claims", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    const a = figureIn(corpus, "file:///a.txt");
    const b = figureIn(corpus, "file:///b.txt");
    const rels = corpus.relationsOf(a.id);
    const conflict = rels.find((r) => r.kind === "conflicts");
    expect(conflict, JSON.stringify(rels)).toBeDefined();
    expect([conflict!.a, conflict!.b].sort()).toEqual([a.id, b.id].sort());
    expect(conflict!.explanation).toContain("About 11,000");
    expect(conflict!.explanation).toContain("About 12,000");
  });

  it("conflictsOf lists the conflict in both files, and nothing for an unrelated file", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    corpus.set("file:///z.txt", "Harbour Reopens\nMarch 14, 2024\n\nThe harbour reopened to fishing boats on Thursday.\n");
    const inA = corpus.conflictsOf("file:///a.txt");
    const inB = corpus.conflictsOf("file:///b.txt");
    expect(inA.length).toBe(1);
    expect(inA[0].kind).toBe("quantity");
    expect(inB.map((c) => c.id)).toEqual(inA.map((c) => c.id));
    expect(corpus.conflictsOf("file:///z.txt")).toEqual([]);
    expect(corpus.describe(inA[0], figureIn(corpus, "file:///a.txt").id)).toContain("About 12,000");
  });

  it("a figure that agrees is related but not in conflict", () => {
    const corpus = new Corpus({ tolerance: 0.02 });
    corpus.set("file:///a.txt", A);
    corpus.set("file:///b.txt", B_AGREES);
    corpus.set("file:///c.txt", C);
    expect(corpus.conflicts()).toEqual([]);
    const kinds = corpus.relationsOf(figureIn(corpus, "file:///a.txt").id).map((r) => r.kind).sort();
    expect(kinds).toEqual(["agrees", "compatible"]);
  });
});

describe("counts of people worded differently", () => {
  const pair = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", `Flood Update\nMarch 14, 2024\n\n${a}\n`);
    corpus.set("file:///b.txt", `Flood Report\nMarch 14, 2024\n\n${b}\n`);
    return corpus.conflicts().filter((c) => c.kind === "quantity");
  };

  it("residents taken to shelters and people evacuated are one count", () => {
    const found = pair(
      "In Arnholt, 1,150 residents had been taken to shelters, schools and sports halls, the regional administration said.",
      "In Arnholt, 1,900 people were evacuated, the fire service said.",
    );
    expect(found.length).toBe(1);
  });

  it("civilians killed are a part of the people killed, not another figure for them", () => {
    expect(pair("In Arnholt, 800 civilians were killed, the ministry said.", "In Arnholt, 1,000 people were killed, officials said.")).toEqual([]);
  });

  it("residents killed may leave out rescuers and visitors: not compared with people killed", () => {
    expect(pair("In Arnholt, 20 residents were killed, the council said.", "In Arnholt, 26 people were killed, officials said.")).toEqual([]);
  });
});

describe("findings of one article", () => {
  it("a weekday that contradicts its date is reported on the article alone", () => {
    const corpus = new Corpus();
    const text = "Bridge To Reopen\nJune 20, 2025\n\nThe ministry announced on Wednesday, June 12, that the bridge would reopen.\n";
    corpus.set("file:///w.txt", text);
    const found = corpus.conflictsOf("file:///w.txt");
    expect(found.length).toBe(1);
    expect(found[0].kind).toBe("date");
    expect(found[0].claims[0].span.text).toContain("June 12");
    expect(found[0].message).toMatch(/Wednesday/);
    expect(found[0].message).toMatch(/Thursday/);
  });
});

describe("incremental updates", () => {
  it("editing one file so that its conflict disappears reports the other file as changed too", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    expect(corpus.conflicts().length).toBe(1);
    const change = corpus.update("file:///b.txt", B_AGREES);
    expect(change.changedUris).toEqual(["file:///a.txt", "file:///b.txt"]);
    expect(change.removedConflicts.length).toBe(1);
    expect(change.addedConflicts).toEqual([]);
    expect(corpus.conflictsOf("file:///a.txt")).toEqual([]);
  });

  it("editing it back brings the conflict back to both files", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    const before = corpus.conflicts().map((c) => c.id);
    corpus.update("file:///b.txt", B_AGREES);
    const change = corpus.update("file:///b.txt", B);
    expect(change.changedUris).toEqual(["file:///a.txt", "file:///b.txt"]);
    expect(change.addedConflicts.map((c) => c.id)).toEqual(before);
  });

  it("removing a file reports the other file whose conflict went with it", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    expect(corpus.conflictsOf("file:///a.txt").length).toBe(1);
    const change = corpus.remove("file:///b.txt");
    expect(change.changedUris).toContain("file:///a.txt");
    expect(change.changedUris).toContain("file:///b.txt");
    expect(change.removedConflicts.length).toBe(1);
    expect(corpus.conflictsOf("file:///a.txt")).toEqual([]);
    expect(corpus.uris()).toEqual(["file:///a.txt"]);
  });

  it("an edit that touches no conflict reports only the edited file", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    corpus.set("file:///z.txt", "Harbour Reopens\nMarch 14, 2024\n\nThe harbour reopened to fishing boats on Thursday.\n");
    corpus.commit();
    const change = corpus.update("file:///z.txt", "Harbour Reopens\nMarch 14, 2024\n\nThe harbour reopened to fishing boats on Friday.\n");
    expect(change.changedUris).toEqual(["file:///z.txt"]);
    expect(change.addedConflicts).toEqual([]);
    expect(change.removedConflicts).toEqual([]);
  });

  it("setting the same text again changes nothing", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    corpus.commit();
    expect(corpus.update("file:///a.txt", A).changedUris).toEqual([]);
  });

  it("claim ids stay stable for an unchanged file when another file changes", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    const before = corpus.claimsOf("file:///a.txt").map((c) => c.id);
    corpus.update("file:///b.txt", B_AGREES);
    expect(corpus.claimsOf("file:///a.txt").map((c) => c.id)).toEqual(before);
  });
});

describe("tolerance is a setting", () => {
  it("about 11,000 and about 12,000 conflict at 2% and agree at 10%", () => {
    const corpus = pairCorpus({ tolerance: 0.02 });
    expect(corpus.conflicts().map((c) => c.kind)).toEqual(["quantity"]);
    const loose = corpus.configure({ tolerance: 0.1 });
    expect(corpus.settings.tolerance).toBe(0.1);
    expect(corpus.conflicts()).toEqual([]);
    expect(loose.changedUris).toEqual(["file:///a.txt", "file:///b.txt"]);
    corpus.configure({ tolerance: 0.02 });
    expect(corpus.conflicts().length).toBe(1);
  });

  it("the tolerance widens the interval of an approximate figure", () => {
    const corpus = pairCorpus({ tolerance: 0.1 });
    const a = figureIn(corpus, "file:///a.txt");
    expect(a.interval.low).toBeCloseTo(9900, 6);
    expect(a.interval.high).toBeCloseTo(12100, 6);
  });

  it("an exact figure against a bound does not depend on the tolerance", () => {
    for (const tolerance of [0, 0.02, 0.1, 0.3]) {
      const corpus = new Corpus({ tolerance });
      corpus.set("file:///a.txt", "Ferry Count\nMarch 14, 2024\n\nThe ferry carried 312 passengers in the Tavel Strait.\n");
      corpus.set("file:///b.txt", "Ferry Count\nMarch 14, 2024\n\nThe ferry carried fewer than 300 passengers in the Tavel Strait.\n");
      expect(corpus.conflicts().length, `tolerance ${tolerance}`).toBe(1);
    }
  });
});

describe("wire reports of two different happenings", () => {
  // two fires in two towns a week apart, filed by the same agency: the agency and the dateline's
  // city are who filed and from where, and a capital after the dateline's dash names no one
  const fireA =
    "Wildfire Forces Evacuations\nMay 8, 2024\n\nBRENNA, May 8 (Coastline News) — Authorities ordered about 1,300 residents to leave villages around Brenna on Monday as a wildfire spread through the hills.\n";
  const fireB =
    "Villages Evacuated As Fire Spreads\nMay 13, 2024\n\nOSTVAL, May 13 (Coastline News) — Authorities ordered nearly 3,100 residents to leave villages around Ostval on Sunday as a wildfire spread through the forest.\n";

  it("are not said to disagree on the date", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", fireA);
    corpus.set("file:///b.txt", fireB);
    expect(corpus.conflicts().filter((c) => c.kind === "date")).toEqual([]);
    const dates = corpus.claimsOf("file:///a.txt").filter((c) => c.kind === "date");
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) if (d.kind === "date") expect(d.event.slice(1).filter((p) => /coastline|authorit/.test(p))).toEqual([]);
  });
});

describe("an institution quoted in reports about two places", () => {
  // "police said" in two towns is two speakers: the same words about another town are no rewording
  const report = (town: string, words: string) =>
    `Two Arrested After Warehouse Blaze\nMarch 4, 2025\n\nPolice in ${town} arrested two men on Monday after a warehouse fire on the edge of ${town}.\n\n"${words}," police said in a statement.\n`;
  const first = "We are confident that the two men acted alone and that no one else was involved";
  const second = "We are not yet sure that the two men acted alone and that no one else was involved";

  const reworded = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", a);
    corpus.set("file:///b.txt", b);
    return corpus.conflicts().filter((c) => c.kind === "quote");
  };

  it("are compared when both reports are about the same town", () => {
    expect(reworded(report("Harlow Green", first), report("Harlow Green", second))).toHaveLength(1);
  });

  it("are not compared when the reports are about two towns", () => {
    expect(reworded(report("Harlow Green", first), report("Stanwick", second))).toEqual([]);
  });

  it("are compared when one report names its town only in passing", () => {
    const once = `Two Arrested After Warehouse Blaze\nMarch 5, 2025\n\nTwo men were arrested on Monday after a warehouse fire.\n\n"${second}," police said in a statement about the fire in Harlow Green.\n`;
    expect(reworded(report("Harlow Green", first), once)).toHaveLength(1);
  });
});

describe("a firm named in full in one report and by its short name in another", () => {
  // "Brantek Motors" and "Brantek" are one subject: the figures of two reports about it meet
  const full = "Brantek Motors recalls cars\nMarch 6, 2025\n\nBrantek Motors is recalling cars over a faulty seat sensor. Brantek Motors said it knew of seven injuries linked to the fault.\n";
  const short = "Brantek recalls cars over sensor\nMarch 7, 2025\n\nBrantek said three people had been injured in crashes linked to the fault. Brantek will write to owners next month.\n";
  it("compares their figures", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", full);
    corpus.set("file:///b.txt", short);
    const found = corpus.conflicts().filter((c) => c.kind === "quantity");
    expect(found.map((c) => c.claims.map((x) => x.span.text).sort())).toEqual([["seven", "three"]]);
  });
});

describe("the day a happening came to light", () => {
  const dates = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", `Systems Down At Hospitals\nMarch 12, 2025\n\n${a}\n`);
    corpus.set("file:///b.txt", `Hospital Attack\nMarch 12, 2025\n\n${b}\n`);
    return corpus.conflicts().filter((c) => c.kind === "date");
  };
  // a short report names its city once: that city still places what it reports
  it("two days of discovery disagree", () => {
    expect(dates("The attack on the hospitals in Ostrev was detected early on Monday.", "The attack on the Ostrev hospitals was discovered on Tuesday morning.").length).toBe(1);
  });
  it("a start and a discovery are two moments", () => {
    expect(dates("The attack on the hospitals in Ostrev began on Sunday night.", "The attack on the Ostrev hospitals was discovered on Monday morning.")).toEqual([]);
  });
  it("discoveries in two cities are two happenings", () => {
    expect(dates("The attack on the hospitals in Ostrev was detected early on Monday.", "The attack on the hospitals in Varnholm was discovered on Tuesday morning.")).toEqual([]);
  });
});

/** The figures two short reports are said to disagree on, as [text in a, text in b] pairs. */
function quantityConflicts(a: string, b: string): string[][] {
  const corpus = new Corpus();
  corpus.set("file:///a.txt", a);
  corpus.set("file:///b.txt", b);
  return corpus
    .conflicts()
    .filter((c) => c.kind === "quantity")
    .flatMap((c) => c.disagreements.map(([i, j]) => [c.claims[i], c.claims[j]].sort((x, y) => x.uri.localeCompare(y.uri)).map((x) => x.span.text)));
}
const report = (date: string, body: string) => `Fire Update\n${date}\n\n${body}\n`;

describe("kinds of one class of things", () => {
  // helicopters are aircraft, but "22 aircraft" and "14 helicopters" are a whole and a part, and
  // planes and helicopters are two things; homes and houses are one kind, structures include them
  const cases: { a: string; b: string; conflicts: string[][] }[] = [
    { a: "About 1,100 firefighters, supported by 14 helicopters, fought the fire near Brenna.", b: "Resources near Brenna: 22 aircraft, including 14 helicopters, and 118 engines.", conflicts: [] },
    { a: "Eight helicopters dropped water on the fire near Brenna.", b: "Twelve planes dropped retardant on the fire near Brenna.", conflicts: [] },
    { a: "Police said 30 vehicles were set alight in Brenna overnight.", b: "Police said 12 cars were set alight in Brenna overnight.", conflicts: [] },
    { a: "The fire destroyed more than 200 structures near Brenna, most of them homes.", b: "The fire destroyed 96 homes near Brenna, inspectors said.", conflicts: [] },
    { a: "Police said five women were arrested in Brenna on Monday.", b: "Police said 11 people were arrested in Brenna on Monday.", conflicts: [] },
    // the same kind still meets
    { a: "Eight helicopters dropped water on the fire near Brenna.", b: "Fourteen helicopters dropped water on the fire near Brenna.", conflicts: [["Eight", "Fourteen"]] },
    { a: "The fire destroyed 96 homes near Brenna, inspectors said.", b: "The fire destroyed about 140 houses near Brenna, officials said.", conflicts: [["96", "about 140"]] },
  ];
  for (const c of cases) {
    it(`${c.a} ~ ${c.b}`, () => {
      expect(quantityConflicts(report("August 11, 2026", c.a), report("August 11, 2026", c.b))).toEqual(c.conflicts);
    });
  }
});

describe("people in shelters and people who left", () => {
  const cases: { a: string; b: string; conflicts: string[][] }[] = [
    // a part of those who left, not another count of them
    { a: "Some 8,000 residents have fled the fire near Brenna.", b: "Three emergency shelters near Brenna housed about 900 people overnight.", conflicts: [] },
    { a: "About 5,000 people were evacuated from Brenna on Monday.", b: "About 1,200 people spent the night in shelters in Brenna on Monday.", conflicts: [] },
    // more in the shelters than ever left is a contradiction; two headcounts of the shelters still meet
    { a: "About 1,200 people were evacuated from Brenna on Monday.", b: "About 2,000 people spent the night in shelters in Brenna on Monday.", conflicts: [["About 1,200", "About 2,000"]] },
    { a: "About 900 people spent the night in shelters in Brenna on Monday.", b: "About 2,000 people were staying in shelters in Brenna on Monday.", conflicts: [["About 900", "About 2,000"]] },
  ];
  for (const c of cases) {
    it(`${c.a} ~ ${c.b}`, () => {
      expect(quantityConflicts(report("August 11, 2026", c.a), report("August 11, 2026", c.b))).toEqual(c.conflicts);
    });
  }
});

describe("lengths of different things, and distances", () => {
  const cases: { a: string; b: string; conflicts: string[][] }[] = [
    // a stretch of road, a distance from the town and the drift of smoke are three things
    { a: "Authorities closed a 56-kilometre stretch of the highway near Brenna.", b: "The fire began some 24km north of Brenna.", conflicts: [] },
    { a: "The fire began about 15 miles north of Brenna.", b: "Smoke drifted more than 100 miles east of Brenna.", conflicts: [] },
    { a: "The fire began about 15 miles north of Brenna.", b: "The fire began some 24km north of Brenna.", conflicts: [] },
    { a: "The fire in Brenna began about 15 miles north of the town.", b: "The fire in Brenna began some 40km north of the town.", conflicts: [["about 15 miles", "some 40km"]] },
    // routes: 4 km and 2.5 miles agree, 6 km does not
    { a: "The march in Brenna followed a 4-kilometre route to parliament.", b: "The march in Brenna followed the 2.5-mile route to parliament.", conflicts: [] },
    { a: "The march in Brenna followed a 4-kilometre route to parliament.", b: "The march in Brenna crossed the city centre, a route of about 6 km.", conflicts: [["4-kilometre", "about 6 km"]] },
  ];
  for (const c of cases) {
    it(`${c.a} ~ ${c.b}`, () => {
      expect(quantityConflicts(report("March 14, 2026", c.a), report("March 14, 2026", c.b))).toEqual(c.conflicts);
    });
  }
});

describe("what a measure's conflict is said to be about", () => {
  const subjects = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", report("March 14, 2026", a));
    corpus.set("file:///b.txt", report("March 14, 2026", b));
    return corpus.conflicts().map((c) => c.subject);
  };
  it("a route's length", () => {
    expect(subjects("The march in Brenna followed a 4-kilometre route to parliament.", "The march in Brenna crossed the city centre, a route of about 6 km.")).toEqual(["length of the route in Brenna"]);
  });
  it("an area a fire took", () => {
    expect(subjects("The wildfire near Brenna had burned about 12,000 hectares by Tuesday.", "The fire near Brenna has scorched some 7,400 hectares of forest.")).toEqual(["area affected in Brenna"]);
  });
});

describe("areas burned, in hectares and acres", () => {
  const cases: { a: string; b: string; conflicts: string[][] }[] = [
    { a: "The wildfire near Brenna had burned about 12,000 hectares by Tuesday.", b: "The fire near Brenna has burned an estimated 29,800 acres.", conflicts: [] },
    { a: "The wildfire near Brenna had burned about 12,000 hectares by Tuesday.", b: "The fire near Brenna has scorched some 7,400 hectares of forest.", conflicts: [["about 12,000 hectares", "some 7,400 hectares"]] },
    { a: "The fire near Brenna has grown to nearly 30,000 acres.", b: "The fire near Brenna has scorched some 7,400 hectares of forest.", conflicts: [["nearly 30,000 acres", "some 7,400 hectares"]] },
    // the park's size is not what burned
    { a: "The wildfire near Brenna had burned about 12,000 hectares by Tuesday.", b: "The park near Brenna covers 50,000 hectares of pine and oak.", conflicts: [] },
  ];
  for (const c of cases) {
    it(`${c.a} ~ ${c.b}`, () => {
      expect(quantityConflicts(report("August 11, 2026", c.a), report("August 11, 2026", c.b))).toEqual(c.conflicts);
    });
  }
});

describe("a count each side puts differently", () => {
  // an article that gives the police's count and the organisers' reports a contested count: each of
  // its figures meets only the same side's figure elsewhere, and the reporter's own "tens of
  // thousands" beside them meets none
  const cases: { why: string; a: string; b: string; conflicts: string[][] }[] = [
    {
      why: "the police's count against the police's count",
      a: "Tens of thousands marched in Brenna on Saturday. Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.",
      b: "According to the police, 60,000 persons took part in the march in Brenna on Saturday.",
      conflicts: [["about 45,000", "60,000"]],
    },
    {
      why: "the organisers' count is not the police's",
      a: "Some 45,000 people, according to police, marched through Brenna on Saturday, though organisers claimed that 120,000 had joined them.",
      b: "Police put the crowd in Brenna at about 45,000 on Saturday, while organisers said 120,000 people had taken part.",
      conflicts: [],
    },
    {
      why: "the reporter's own words beside two sides' counts",
      a: "Tens of thousands of people marched through Brenna on Saturday. Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.",
      b: "Some 45,000 people, according to police, marched through Brenna on Saturday, though organisers claimed that 120,000 had joined them.",
      conflicts: [],
    },
    {
      why: "a crowd counted by the police in one report and by the organisers in another: two sides, no contradiction",
      a: "Police said about 2,000 people took part in the march in Brenna on Tuesday.",
      b: "Organizers said 10,000 people marched in Brenna on Tuesday.",
      conflicts: [],
    },
    {
      why: "the police's count in both reports",
      a: "Police said about 2,000 people took part in the march in Brenna on Tuesday.",
      b: "Police estimated that 5,000 people joined the march in Brenna on Tuesday.",
      conflicts: [["about 2,000", "5,000"]],
    },
    {
      why: "one count in each report, no side named: compared as before",
      a: "About 45,000 people marched through Brenna on Saturday.",
      b: "About 60,000 people marched through Brenna on Saturday.",
      conflicts: [["About 45,000", "About 60,000"]],
    },
  ];
  for (const c of cases) {
    it(c.why, () => {
      expect(quantityConflicts(report("March 14, 2026", c.a), report("March 14, 2026", c.b))).toEqual(c.conflicts);
    });
  }
});

describe("an explainer that names its city once", () => {
  // "Unions" and "Lestrians" at the start of its sentences are no firm it is about; "central Brenna"
  // is a place, so the explainer is about Brenna and its figures meet the wire's
  const wire = "Tens of thousands marched through central Brenna on Saturday. Police in Brenna said 12 officers were injured.";
  const explainer =
    "What happened? A march crossed central Brenna on Saturday. Was there violence? Clashes broke out near parliament, and the interior ministry said eight officers were injured. Unions argue that manual workers would bear most of the cost. Unions have called a strike. Lestrians can retire at 62. Lestrians are divided.";
  it("compares the officers injured", () => {
    expect(quantityConflicts(report("March 14, 2026", wire), report("March 15, 2026", explainer))).toEqual([["12", "eight"]]);
  });
});
