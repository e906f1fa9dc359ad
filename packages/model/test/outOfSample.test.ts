import { describe, expect, it } from "vitest";
import { Corpus, type Conflict } from "../src/index.js";
import { quantities, show } from "./helpers.js";

// Rules found on the out-of-sample corpora of a rail accident and of a company's results
// (test/corpora/train-derailment, company-results), written as general news English: each table gives
// sentences of two reports of one happening, and whether a disagreement of the kind is expected.

interface Pair {
  a: string;
  b: string;
  /** the articles' date lines; 14 October 2025 (a Tuesday) unless given */
  dates?: [string, string];
  conflict: boolean;
}

function conflictsOf(p: Pair, kind: Conflict["kind"]): Conflict[] {
  const [da, db] = p.dates ?? ["October 14, 2025", "October 14, 2025"];
  const corpus = new Corpus();
  corpus.set("file:///a.txt", `Report\n${da}\n\n${p.a}\n`);
  corpus.set("file:///b.txt", `Report\n${db}\n\n${p.b}\n`);
  return corpus.conflicts().filter((c) => c.kind === kind);
}

function table(kind: Conflict["kind"], cases: Pair[]) {
  for (const c of cases) {
    it(`${c.conflict ? "conflict" : "no conflict"}: “${c.a}” ~ “${c.b}”`, () => {
      const found = conflictsOf(c, kind);
      expect(found.length > 0, found.map((f) => f.message).join("\n") || "(none)").toBe(c.conflict);
    });
  }
}

/** The one figure over `at` in the sentence, with what it counts. */
function figures(cases: { sentence: string; at: string; thing?: string; role?: string; none?: boolean }[]) {
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}” ${c.none ? "is no figure" : `${c.thing ?? ""} ${c.role ?? ""}`}`, () => {
      const all = quantities(c.sentence);
      const start = c.sentence.indexOf(c.at);
      const over = all.filter((q) => q.span.start - 0 < start + c.at.length + 20 && start + 20 < q.span.end + 20 && q.span.text.includes(c.at.trim().split(" ")[0]));
      if (c.none) {
        expect(over.map(show)).toEqual([]);
        return;
      }
      expect(over.length, all.map(show).join(" | ") || "none").toBeGreaterThan(0);
      if (c.thing) expect(over[0].counted.thing, show(over[0])).toBe(c.thing);
      if (c.role) expect(over[0].counted.role, show(over[0])).toBe(c.role);
    });
  }
}

describe("a year before a noun sets its sentence in that year", () => {
  table("quantity", [
    { a: "It is the worst crash since a 2011 collision that killed 19 people near Telmar.", b: "Four people were killed near Telmar.", conflict: false },
    { a: "It is the deadliest accident since 2011, when a collision near Telmar killed 19 people.", b: "Four people were killed near Telmar.", conflict: false },
    { a: "The 2019 floods in Telmar forced 3,000 people from their homes.", b: "The flood in Telmar forced 9,000 people from their homes.", conflict: false },
    // the same happening this year is compared as before
    { a: "A collision near Telmar killed 19 people.", b: "Four people were killed near Telmar.", conflict: true },
  ]);
});

describe("speeds of one vehicle are compared in one unit; a limit is not the speed", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening. ";
  table("quantity", [
    { a: lede + "Investigators believe the train was travelling at about 120 km/h as it entered the curve.", b: lede + "Data from the recorder show that the train was running at 95 km/h when it entered the curve.", conflict: true },
    { a: lede + "The train was traveling at about 75 mph when six cars derailed.", b: lede + "Data from the recorder show that the train was running at 95 km/h when it entered the curve.", conflict: true },
    // the same speed in two units
    { a: lede + "The train was traveling at about 75 mph when six cars derailed.", b: lede + "Early indications suggest the train was going at around 120km/h.", conflict: false },
    { a: lede + "The train was travelling at 120 km/h (75 mph), investigators said.", b: lede + "Early indications suggest the train was going at 120km/h.", conflict: false },
    // the limit against the speed, and limits written in two units
    { a: lede + "The train was going at around 120km/h.", b: lede + "The train entered the curve below the permitted speed of 100 km/h.", conflict: false },
    { a: lede + "The speed limit on that section is 62 mph.", b: lede + "Trains on that stretch are limited to 100km/h.", conflict: false },
    // two vehicles are two speeds
    { a: lede + "The freight train was travelling at 60 km/h.", b: lede + "A car on the crossing was travelling at 90 km/h.", conflict: false },
    // winds say nothing of what moved
    { a: lede + "Winds of up to 120 km/h swept the line.", b: lede + "Gusts reached 90 km/h, forecasters said.", conflict: false },
  ]);
});

describe("carriages that left the track", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening. ";
  table("quantity", [
    { a: lede + "Six of its eight carriages left the track.", b: lede + "Five carriages came off the track on a bend.", conflict: true },
    { a: lede + "Six carriages left the track.", b: lede + "Six cars derailed on a curve.", conflict: false },
    // the whole train is not the part that derailed
    { a: lede + "Six of its eight carriages left the track.", b: lede + "Six carriages left the track.", conflict: false },
    { a: lede + "The train had eight carriages.", b: lede + "Six carriages left the track.", conflict: false },
  ]);
});

describe("a part of the injured or the dead is not their number", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening, and 31 people were injured. ";
  table("quantity", [
    { a: lede + "Twelve of the injured were in a serious condition, hospital officials said.", b: lede, conflict: false },
    { a: "Four people died near Brenvik on Monday. Two of the dead were children.", b: "Four people died near Brenvik on Monday.", conflict: false },
    { a: lede + "Twelve of the injured were in a serious condition, hospital officials said.", b: lede + "Nine of the injured were in a critical condition.", conflict: false },
  ]);
});
