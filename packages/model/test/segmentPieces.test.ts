import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OTHER_HAPPENING, OTHER_HAPPENING_WORD } from "../src/analyzeDocument.js";
import { segmentBoundaries, splitSentences } from "../src/text/sentences.js";

// Session 9 made extraction cheaper with every output unchanged. Each shortcut must answer as the
// work it replaced did, on any text.

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wholeText = (text: string) => [...segmenter.segment(text)].map((s) => s.index).filter((i) => i > 0);

describe("sentences segmented a piece of whole lines at a time", () => {
  it.each([
    ["wire copy", "KESSEL, March 5 (Agency) - Twelve people died. Police said 40 were hurt.\n\nThe mayor said on Monday: \"We are shocked.\" Roads were shut.\n"],
    ["British headline and lede", "Floods hit Orvin\r\n\r\nRescuers pulled 12 people from the water, the council said. A spokesperson added that more were missing.\r\n"],
    ["translation with initials", "The U.S. embassy said. The ministry of the Republic of Valdora (MRV) said 3 p.m. was the hour.\nIt was not.\u2029Nothing else."],
    ["a line longer than a window", `${"The council said it would act. ".repeat(200)}\nThe end.`],
  ])("%s: the boundaries of the whole text", (_, text) => {
    expect(segmentBoundaries(text)).toEqual(wholeText(text));
  });

  it("puts the boundaries where segmenting the whole text puts them, on any text", () => {
    const pieces = ["a", "B", " ", ".", "?", "!", "\n", "\n\n", "\r", "\r\n", "\"", "”", "’", ")", "1", ",", "\u2029", "\u0085", "é", "\t", "\u00a0", "\u200b", "\u0301", "U.S.", " the ", " The ", "etc.", "…", "\u3002", "The council said it would act. "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((a) => a.join("")), (text) => {
        expect(segmentBoundaries(text)).toEqual(wholeText(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it("splits a long article into the sentences its paragraphs hold", () => {
    const paragraph = "Rescuers pulled 12 people from the rubble on Monday, the fire service said. About 40 were hurt.";
    const text = Array.from({ length: 60 }, () => paragraph).join("\n\n");
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(120);
    expect(sentences.every((s, i) => s.text === (i % 2 ? "About 40 were hurt." : paragraph.split(" About")[0]))).toBe(true);
  });
});

describe("the other-happening cue asked only where one of its words stands", () => {
  it.each([
    ["It was the second derailment on the line in a month, after another deadly crash in May.", true],
    ["Earlier this week, a separate fire destroyed a warehouse.", true],
    ["Two weeks before, the same bridge had been closed.", true],
    ["Fourteen days earlier, the union had called off a strike.", true],
    ["Ten days before the vote, 12 people were held.", false],
    ["The ministry said 12 people died on Monday.", false],
  ])("%j", (sentence, cue) => {
    expect(OTHER_HAPPENING.test(sentence)).toBe(cue);
    if (cue) expect(OTHER_HAPPENING_WORD.test(sentence)).toBe(true);
  });

  it("the prefilter holds wherever the pattern matches", () => {
    const pieces = ["another", "A similar", "an earlier", "incident", "Crash", "FIRE", "earlier", "this", "week", "two", "fifteen", "days", "months", "before", "the", "it", "a", " ", "  ", "\u212a", "9", ",", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(" ")), (s) => {
        if (OTHER_HAPPENING.test(s)) expect(OTHER_HAPPENING_WORD.test(s)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
