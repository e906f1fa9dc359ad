import { describe, expect, it } from "vitest";
import { scoreReport, type Gold, type ScoredReport } from "./scoreReport.js";

// Three one-line articles; the figures sit at known columns so ranges can be written by hand.
const texts = new Map([
  ["a.txt", "Officials said about 11,000 troops were sent.\nLater, about 11,000 again."],
  ["b.txt", "A report put it at approximately 12,000 troops."],
  ["c.txt", "Over 10,000 troops were sent, Kirby said."],
]);

/** A claim covering the first (or n-th) place where `text` stands in `file`, as a report would give it. */
function claim(file: string, text: string, occurrence = 1) {
  const body = texts.get(file)!;
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = body.indexOf(text, at + 1);
  const before = body.slice(0, at).split("\n");
  const line = before.length - 1;
  const character = before[line].length;
  return {
    path: `corpus/${file}`,
    range: { start: { line, character }, end: { line, character: character + text.length } },
    text,
  };
}

const gold: Gold = {
  conflicts: [
    {
      id: "troops",
      kind: "quantity",
      mentions: [
        { file: "a.txt", text: "about 11,000" },
        { file: "a.txt", text: "about 11,000", occurrence: 2 },
        { file: "b.txt", text: "approximately 12,000" },
      ],
      conflicting_pairs: [["a.txt", "b.txt"]],
    },
    {
      id: "who-said",
      kind: "attribution",
      mentions: [
        { file: "a.txt", text: "Officials" },
        { file: "c.txt", text: "Kirby" },
      ],
      conflicting_pairs: [["a.txt", "c.txt"]],
      stretch: true,
    },
  ],
  must_not_flag: [
    {
      id: "over-10000",
      kinds: ["quantity"],
      mentions: [
        { file: "c.txt", text: "Over 10,000" },
        { file: "b.txt", text: "approximately 12,000" },
      ],
    },
  ],
};

describe("scoreReport", () => {
  it("finds a conflicting pair whose claims overlap a mention in each file", () => {
    const report: ScoredReport = {
      conflicts: [
        { id: "q1", kind: "quantity", claims: [claim("a.txt", "11,000"), claim("b.txt", "12,000")], disagreements: [[0, 1]] },
      ],
    };
    const score = scoreReport(gold, texts, report);
    expect(score.lines).toContain("found  troops: a.txt ~ b.txt");
    expect(score).toMatchObject({ recall: 1, coreFound: 1, core: 1, stretch: 1, stretchFound: 0, violated: 0, mustNot: 1 });
    expect(score.summary).toBe("recall=1.00 (1/1) stretch=0/1 false_alarms=0/1 reported_pairs=1 unreviewed=0");
  });

  it("reports a missed pair and scores recall 0 when nothing is reported", () => {
    const score = scoreReport(gold, texts, { conflicts: [] });
    expect(score.lines).toEqual(["MISSED troops: a.txt ~ b.txt", "MISSED (stretch) who-said: a.txt ~ c.txt"]);
    expect(score.recall).toBe(0);
    expect(score.summary).toBe("recall=0.00 (0/1) stretch=0/1 false_alarms=0/1 reported_pairs=0 unreviewed=0");
  });

  it("counts a stretch pair apart from the core recall", () => {
    const report: ScoredReport = {
      conflicts: [
        { id: "a1", kind: "attribution", claims: [claim("a.txt", "Officials"), claim("c.txt", "Kirby")], disagreements: [[0, 1]] },
      ],
    };
    const score = scoreReport(gold, texts, report);
    expect(score.lines).toContain("found  (stretch) who-said: a.txt ~ c.txt");
    expect(score).toMatchObject({ stretchFound: 1, stretch: 1, coreFound: 0, core: 1 });
  });

  it("flags a must-not-flag pair of a listed kind as a false alarm, and ignores other kinds", () => {
    const pair = [claim("c.txt", "Over 10,000"), claim("b.txt", "approximately 12,000")];
    const asQuantity = scoreReport(gold, texts, { conflicts: [{ id: "q2", kind: "quantity", claims: pair, disagreements: [[0, 1]] }] });
    expect(asQuantity.violated).toBe(1);
    expect(asQuantity.lines).toContain(
      'FALSE ALARM over-10000: c.txt "Over 10,000" ~ b.txt "approximately 12,000" (reported as quantity in q2)',
    );

    const asDate = scoreReport(gold, texts, { conflicts: [{ id: "d1", kind: "date", claims: pair, disagreements: [[0, 1]] }] });
    expect(asDate.violated).toBe(0);
    expect(asDate.unreviewed).toBe(1);
    expect(asDate.lines).toContain('unreviewed date d1: c.txt "Over 10,000" ~ b.txt "approximately 12,000"');
  });

  it("accepts an optional pair without counting it, and does not call it unreviewed", () => {
    const withOptional: Gold = {
      conflicts: [{ ...gold.conflicts[0], optional_pairs: [["a.txt", "a.txt"]] }],
    };
    // Two different mentions in the same file: the first and second "about 11,000" of a.txt.
    const report: ScoredReport = {
      conflicts: [
        { id: "q3", kind: "quantity", claims: [claim("a.txt", "about 11,000"), claim("a.txt", "about 11,000", 2)], disagreements: [[0, 1]] },
      ],
    };
    const score = scoreReport(withOptional, texts, report);
    expect(score).toMatchObject({ core: 1, coreFound: 0, unreviewed: 0, reportedPairs: 1 });
    expect(score.lines).toEqual(["MISSED troops: a.txt ~ b.txt"]);
  });

  it("does not let one claim stand for both mentions of a same-file pair", () => {
    const sameFile: Gold = {
      conflicts: [{ id: "self", kind: "quantity", mentions: gold.conflicts[0].mentions, conflicting_pairs: [["a.txt", "a.txt"]] }],
    };
    const one = claim("a.txt", "about 11,000");
    const score = scoreReport(sameFile, texts, {
      conflicts: [{ id: "q4", kind: "quantity", claims: [one, one], disagreements: [[0, 1]] }],
    });
    expect(score.coreFound).toBe(0);
  });

  it("skips claims in files outside the corpus and checks thresholds", () => {
    const report: ScoredReport = {
      conflicts: [
        {
          id: "q5",
          kind: "quantity",
          claims: [claim("a.txt", "11,000"), { ...claim("b.txt", "12,000"), path: "elsewhere/zzz.txt" }],
          disagreements: [[0, 1]],
        },
      ],
    };
    const score = scoreReport(gold, texts, report, { minRecall: 0.5 });
    expect(score.reportedPairs).toBe(0);
    expect(score.passed).toBe(false);
    expect(scoreReport(gold, texts, { conflicts: [] }, { maxFalseAlarms: 0 }).passed).toBe(true);
  });

  it("throws when a gold mention is not in its file", () => {
    const wrong: Gold = { conflicts: [{ id: "x", kind: "quote", mentions: [{ file: "a.txt", text: "not there" }] }] };
    expect(() => scoreReport(wrong, texts, { conflicts: [] })).toThrow('gold mention not found: a.txt: "not there" #1');
  });
});
