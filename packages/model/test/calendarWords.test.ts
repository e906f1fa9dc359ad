import { describe, expect, it } from "vitest";
import { analyzeDocument, defaultOptions } from "../src/index.js";

describe("words that look like months", () => {
  it("reads “march” and “may” in lower case as the verbs they are", () => {
    const text = "Protest Planned\nMarch 14, 2024\n\nThousands plan to march through the capital on Sunday, and more may join them in May.";
    const dates = analyzeDocument("a.txt", text, defaultOptions).claims.filter((c) => c.kind === "date").map((c) => c.span.text);
    expect(dates).toContain("Sunday");
    expect(dates).toContain("May");
    expect(dates.some((d) => /\bmarch\b|\bmay\b/.test(d))).toBe(false);
  });
});
