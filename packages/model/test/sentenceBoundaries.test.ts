import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences, wordBeforeStop } from "../src/text/sentences.js";

// The pattern the boundary check used to run at every cut; the reader that replaced it for ASCII text
// must give the same word, or none, for any tail of text.
const PATTERN = /(?:^|[^\p{L}\p{N}.])((?:\p{L}\.)+\p{L}?|\p{L}+)\.["'”’)\]]*\s*$/u;

describe("the word before a full stop", () => {
  it.each([
    ["troops were sent to the U.S.", "U.S"],
    ["said Gen.", "Gen"],
    ["at 3 p.m. ", "p.m"],
    ["the end.”", "end"],
    ["version 2.", undefined],
    ["etc..", undefined],
    ["in the Caf\u00e9.", "Caf\u00e9"],
    ["no stop here", undefined],
  ])("%j → %j", (tail, word) => {
    expect(wordBeforeStop(tail)).toBe(word);
  });

  it("is the pattern's on any tail", () => {
    const chars = [..."aZ.. 1\"')]”’\n\tUSé-x,\u00a0"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join("")), (tail) => {
        expect(wordBeforeStop(tail)).toBe(PATTERN.exec(tail)?.[1]);
      }),
      { numRuns: 20_000 },
    );
  });

  it("keeps abbreviations and initials inside a sentence", () => {
    const s = splitSentences("Gen. Mark Milley spoke in the U.S. on Monday. Officials said about 12,000 troops were there.");
    expect(s.map((x) => x.text)).toEqual(["Gen. Mark Milley spoke in the U.S. on Monday.", "Officials said about 12,000 troops were there."]);
  });
});
