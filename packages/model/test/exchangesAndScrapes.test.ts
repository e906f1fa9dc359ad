import { describe, expect, it } from "vitest";
import { analyze, claimsOver, dates, pairTable, quantities, show } from "./helpers.js";

// Hostages and the prisoners freed for them are the two sides of one exchange: their counts and the
// days each side was set free are never one figure or one date. And a scraped page keeps markup and
// web addresses that are no prose. Sentences and pages written for the test.

const DATES: [string, string] = ["January 20, 2025", "January 20, 2025"];

describe("hostages and prisoners are counted apart", () => {
  pairTable(
    "quantity",
    [
      { a: "Three hostages were released on Sunday under the truce.", b: "Officials said 90 prisoners were released in return.", conflict: false },
      { a: "The militants freed three hostages on Sunday.", b: "Israel said it had released 90 Palestinian prisoners early on Monday.", conflict: false },
      { a: "Nearly 100 hostages remain in the territory.", b: "Militants released three hostages on Sunday.", conflict: false },
      { a: "About 250 hostages are still held in the tunnels.", b: "The group freed four hostages on Saturday.", conflict: false },
      // one side, two counts
      { a: "Three hostages were released on Sunday under the truce.", b: "Four hostages were released on Sunday under the truce.", conflict: true },
      { a: "Officials said 90 prisoners were released early on Monday.", b: "Officials said 110 prisoners were released early on Monday.", conflict: true },
    ],
    DATES,
  );
  it.each([
    ["Nearly 100 hostages remain in the territory.", "100", "captured"],
    ["Some 60 hostages are still in captivity, officials said.", "60", "captured"],
    ["Hamas releases three Israeli hostages", "three", "released"],
    ["Ten prisoners remain missing after the jailbreak.", "Ten", "missing"],
  ])("%s → “%s” %s", (sentence, at, role) => {
    const text = `Report\nJanuary 20, 2025\n\n${sentence}\n`;
    const over = claimsOver(quantities(text), text, at);
    expect(over.length, over.map(show).join(" | ")).toBe(1);
    expect(over[0].counted.role).toBe(role);
  });
});

describe("the day each side was freed is its own date", () => {
  pairTable(
    "date",
    [
      { a: "Hamas released the three hostages to the Red Cross on Sunday, officials said.", b: "Israel released ninety Palestinian prisoners to the Red Cross early on Monday, officials said.", conflict: false },
      { a: "Hamas handed the hostages over to the Red Cross on Sunday.", b: "Israel set the prisoners free and handed them to the Red Cross on Monday.", conflict: false },
      // the same side on two days
      { a: "Hamas released the three hostages to the Red Cross on Sunday, officials said.", b: "Hamas released the three hostages to the Red Cross on Saturday, officials said.", conflict: true },
    ],
    DATES,
  );
});

describe("a scraped page's markup and web addresses are no prose", () => {
  const page = [
    "Live updates: Ceasefire takes hold",
    "",
    "January 19, 2025 – World news",
    "",
    "– Source: Network ” data-thumbnails=”{“big”: { “uri”: “https://example.org/uploads/2025/01/still-21302526-15779-866-still.jpg?c=16×9&q=h_540,w_960” } }” data-vr-video=”false”",
    "” data-timestamp-html=”",
    "” data-publish-date=”2025-01-20T02:25:05.211Z” data-canonical-url=”https://example.org/2025/01/19/world/video/prisoners-freed” data-breakpoints=”{“large”: 660}”>",
    "",
    "Officials said 90 prisoners were released, according to https://example.org/2025/01/12/report and the prison service.",
  ].join("\n");

  it("yields no figure, date or quote from the markup", () => {
    const d = analyze(page);
    const texts = d.claims.map((c) => c.span.text);
    expect(texts).toContain("90");
    for (const t of texts) expect(t, texts.join(" | ")).not.toMatch(/15779|660|2025\/01|still|uri|big/);
  });

  it("takes no date from a web address inside prose", () => {
    expect(dates(page).map((c) => c.span.text)).not.toContain("2025/01/12");
  });

  it("keeps the markup lines as page furniture, the prose out of it", () => {
    const d = analyze(page);
    const furniture = d.source.boilerplate.map((b) => page.slice(b.start, b.end));
    expect(furniture.some((f) => f.includes("data-thumbnails"))).toBe(true);
    expect(furniture.some((f) => f.includes("Officials said"))).toBe(false);
  });
});
