import { describe, expect, it } from "vitest";
import { pairTable, quantities } from "./helpers.js";

// A results statement gives its figures once for the period it covers ("for the year ended 31 December
// 2025") and then states them bare; a newspaper writes "last year" or "in 2025". The bare figures are
// the period's.

const periodOf = (text: string, at: string) => quantities(text).find((q) => q.span.text === at)?.counted.scope.period;

describe("a results statement's figures are of the period it reports", () => {
  it.each([
    ["Brantek plc - Results for the year ended 31 December 2025\n26 February 2026\n\nHighlights\n- Revenue of £4,210m (2024: £3,960m), up 6.3%", "£4,210m", "2025"],
    ["Corvella Air: full-year results\nMay 14, 2026\n\nCorvella Air reported results for the year ended March 31, 2026. Revenue rose 4% to $9.1 billion.", "$9.1 billion", "2026"],
    ["Brantek results\n26 February 2026\n\nPre-tax profits rose to £521m in the year to December, from £449m, on sales up 6.3 per cent at £4.2bn.", "£4.2bn", "2025"],
    // the comparative keeps its own year out of it
    ["Brantek plc - Results for the year ended 31 December 2025\n26 February 2026\n\n- Revenue of £4,210m (2024: £3,960m), up 6.3%", "£3,960m", undefined],
    // no period stated: no year given
    ["Brantek results\n26 February 2026\n\nRevenue rose 6.3% to £4.21 billion, the company said.", "£4.21 billion", undefined],
    // two periods: which one is unsaid
    ["Brantek results\n26 February 2026\n\nIn the year ended 31 December 2025 revenue rose, after a flat year ended 31 December 2024. Revenue was £4.21 billion.", "£4.21 billion", undefined],
    // a count of people is no figure of the accounts
    ["Brantek plc - Results for the year ended 31 December 2025\n26 February 2026\n\nThe group employs some 23,000 people.", "some 23,000", undefined],
  ])("%#: %s → %s of %s", (text, at, year) => {
    expect(periodOf(text, at)).toBe(year);
  });
  pairTable(
    "quantity",
    [
      {
        a: "Brantek plc said revenue climbed 8.3% to £4.6 billion last year. Brantek employs 23,000 people.",
        b: "Brantek plc announces its results for the year ended 31 December 2025. Revenue of £4,210m (2024: £3,960m), up 6.3%. Brantek employs 23,000 people.",
        conflict: true,
      },
      {
        a: "Brantek plc said revenue climbed 8.3% to £4.6 billion in 2024. Brantek employs 23,000 people.",
        b: "Brantek plc announces its results for the year ended 31 December 2025. Revenue of £4,210m (2024: £3,960m), up 6.3%. Brantek employs 23,000 people.",
        conflict: false,
      },
      // a newspaper's bare figure still meets the statement's
      {
        a: "Brantek plc said revenue climbed 8.3% to £4.6 billion. Brantek employs 23,000 people.",
        b: "Brantek plc announces its results for the year ended 31 December 2025. Revenue of £4,210m (2024: £3,960m), up 6.3%. Brantek employs 23,000 people.",
        conflict: true,
      },
    ],
    ["February 26, 2026", "February 26, 2026"],
  );
});
