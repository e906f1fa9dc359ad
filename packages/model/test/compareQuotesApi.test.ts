import { describe, expect, it } from "vitest";
import { compareQuotes, quoteWords, wordDiff } from "../src/index.js";

// The public quote comparison takes a quote as written or as its words: both give one answer, and
// neither throws.
describe("compareQuotes and wordDiff take quotes as text or as words", () => {
  const a = "We will not cut corners on safety, whatever it costs.";
  const b = "We will cut corners on safety, whatever it costs.";
  it("text and words give the same comparison", () => {
    const fromText = compareQuotes(a, b);
    expect(fromText).toEqual(compareQuotes(quoteWords(a), quoteWords(b)));
    expect(fromText.material).toBe(true);
    expect(fromText.similarity).toBeGreaterThan(0.8);
  });
  it("one quote as text, the other as words", () => {
    expect(compareQuotes(a, quoteWords(a))).toEqual(compareQuotes(quoteWords(a), quoteWords(a)));
    expect(compareQuotes(a, quoteWords(a)).material).toBe(false);
  });
  it("empty quotes", () => {
    expect(compareQuotes("", "")).toEqual({ similarity: 0, contained: false, material: false, sharedContent: 0 });
    expect(compareQuotes("", b).similarity).toBe(0);
  });
  it("curly quotes and punctuation are not words", () => {
    expect(compareQuotes("“The bridge is safe,” he said", "The bridge is safe he said").similarity).toBe(1);
  });
  it("wordDiff on text is the diff of its words", () => {
    expect(wordDiff(a, b)).toEqual(wordDiff(quoteWords(a), quoteWords(b)));
    expect(wordDiff(a, b).some((p) => p.op === "removed" && /not/.test(p.text))).toBe(true);
  });
});

describe("anything else is refused with a clear message", () => {
  it("a number or null is no quote", () => {
    expect(() => compareQuotes(42 as unknown as string, "x")).toThrow(/string or string\[\]/);
    expect(() => wordDiff(null as unknown as string, "x")).toThrow(/not null/);
  });
});
