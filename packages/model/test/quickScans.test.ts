import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reportingVerbs } from "../src/extract/attributions.js";
import { classedByContext, classInContext, eventClass, opensPair } from "../src/extract/eventWords.js";
import { REPORTING_VERBS } from "../src/extract/lexicon.js";

// Session 8 replaced patterns tried at every position with passes over the characters and with quick
// tests that let most words go early. Each must answer as what it replaced did, on any text.

describe("reporting verbs read as runs of word characters", () => {
  const PATTERN = new RegExp(String.raw`\b(${REPORTING_VERBS})\b`, "gi");
  const asPattern = (s: string) => [...s.matchAll(PATTERN)].map((m) => ({ index: m.index, verb: m[1].toLowerCase() }));

  it.each([
    ["The ministry said on Monday that 12 people died.", ["said"]],
    ["Officials SAID, according to the agency, that it was over.", ["said", "according"]],
    ["“We left,” she told reporters, adding that the roads were shut.", ["told", "adding"]],
    ["The unsaid part and said_ and 2said were not verbs.", []],
    ["Police reported—and later confirmed—the toll.", ["reported", "confirmed"]],
  ])("%j", (sentence, verbs) => {
    expect(reportingVerbs(sentence).map((v) => v.verb)).toEqual(verbs);
  });

  it("finds what \\b(said|says|…)\\b finds, where it finds it", () => {
    const pieces = ["said", "Says", "TOLD", "according", "put", "noting", "tell", "saying", "a", "é", "_", "9", " ", "-", "’", "\u00a0", ".", "K", "\u212a"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join("")), (s) => {
        expect(reportingVerbs(s)).toEqual(asPattern(s));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe("event words let a word go before its context is read", () => {
  const contexts: [string[], string, string][] = [
    [["the", "tracks"], "", "the train"],
    [["off", "the", "rails"], "", ""],
    [["into", "the", "river"], "", ""],
    [["land"], "", "the typhoon"],
    [["the", "coast"], "", "the storm"],
    [["a", "new", "record"], "", ""],
  ];
  const words = ["reached", "Hit", "struck", "crossed", "jumped", "left", "came", "fell", "Plunged", "tumbled", "toppled", "slid", "walked", "said", "ran", "went", "rose", "broke", "gave", "shook", "Landfall", "March", "march"];

  it.each(words)("%s: a word without a class gets one from its context only when classedByContext says it may", (word) => {
    for (const [after, rest, before] of contexts) {
      if (eventClass(word) === undefined && classInContext(undefined, word, after, rest, before) !== undefined) expect(classedByContext(word)).toBe(true);
    }
  });

  it.each([
    ["walked", "out", "walkout"],
    ["came", "ashore", "landfall"],
    ["looking", "into", "inquiry"],
  ])("%s %s: the first word opens a pair (%s)", (first, second, cls) => {
    expect(eventClass(`${first} ${second}`)).toBe(cls);
    expect(opensPair(first)).toBe(true);
  });

  it("a word that opens no pair has no pair class with any word after it", () => {
    for (const first of ["the", "said", "police", "fire", "on"]) {
      expect(opensPair(first)).toBe(false);
      for (const second of ["out", "ashore", "into", "off", "down"]) expect(eventClass(`${first} ${second}`)).toBeUndefined();
    }
  });
});
