import { describe, expect, it } from "vitest";
import { nameKey, type AttributionClaim, type QuantityClaim } from "../src/index.js";
import { analyze, claimsOver, show } from "./helpers.js";

function figure(text: string, at: string): QuantityClaim {
  const all = analyze(text).claims.filter((c): c is QuantityClaim => c.kind === "quantity");
  const over = claimsOver(all, text, at);
  expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

describe("who is credited for a figure", () => {
  const cases: { text: string; at: string; speaker: RegExp; verb?: RegExp; person?: boolean }[] = [
    { text: "The ministry estimated that about 4,000 homes were flooded.", at: "4,000", speaker: /^ministry$/, verb: /^estimated$/ },
    { text: "According to the Red Cross, 1,200 people were evacuated overnight.", at: "1,200", speaker: /^Red Cross$/, verb: /^according/ },
    { text: "About 300 homes were destroyed, the fire service said.", at: "300", speaker: /^fire service$/, verb: /^said$/ },
    {
      text: "BEIRUT, Aug. 5 (Northwire) — At least 78 people were killed and thousands injured, the health ministry said.",
      at: "78",
      speaker: /^health ministry$/,
    },
    { text: "A hospital official told Northwire that 23 patients had been moved to other wards.", at: "23", speaker: /official/, verb: /^told$/ },
    { text: "The council's spokeswoman said roughly 150 flats had been damaged.", at: "150", speaker: /spokeswoman/ },
    {
      text: "UN Secretary-General António Guterres said 3,000 families had lost their homes.",
      at: "3,000",
      speaker: /^António Guterres$/,
      person: true,
    },
    { text: "The coastguard said 40 people had been pulled from the water.", at: "40", speaker: /^coastguard$/ },
    // two sides of a count: each figure goes to the side that gave it
    { text: "Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.", at: "about 45,000", speaker: /^Police$/, verb: /^put$/ },
    { text: "Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.", at: "120,000", speaker: /^organisers$/, verb: /^said$/ },
    { text: "Police estimated the turnout at 8,000, whereas the union said 30,000 had marched.", at: "30,000", speaker: /^union$/ },
    { text: "Police put the crowd at about 45,000, while the organisers, the Federation of Labour, said 120,000 people had taken part.", at: "120,000", speaker: /^organisers$/ },
    { text: "About 300 homes were flooded, the regional governor's office said.", at: "300", speaker: /^regional governor's office$/ },
    // bodies named in full are no persons, whatever titles their names hold ("National", "Security")
    { text: "The National Cyber Security Centre said the breach affected 40,000 accounts.", at: "40,000", speaker: /^National Cyber Security Centre$/, person: false },
    { text: "The Northfield Hospitals Trust said 300 operations had been postponed.", at: "300", speaker: /^Northfield Hospitals Trust$/, person: false },
    { text: "The Coastal Birds Society estimated that 2,000 seabirds had died.", at: "2,000", speaker: /^Coastal Birds Society$/, person: false },
    { text: "About 90 staff were sent home, the National Weather Bureau said.", at: "90", speaker: /^National Weather Bureau$/, person: false },
    {
      text: "Figures from the interior ministry put the number of displaced people at 12,500.",
      at: "12,500",
      speaker: /interior ministry/,
    },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = figure(c.text, c.at);
      expect(q.attribution, show(q)).toBeDefined();
      expect(q.attribution!.speaker, show(q)).toMatch(c.speaker);
      if (c.verb) expect(q.attribution!.verb, show(q)).toMatch(c.verb);
      if (c.person !== undefined) expect(q.attribution!.entity?.startsWith("person:"), show(q)).toBe(c.person);
    });
  }

  it("two sources in one sentence: each figure goes to its own", () => {
    const text = "The army said 12 soldiers died in the attack, while the rebels said 40 soldiers were killed.";
    expect(figure(text, "12").attribution?.speaker).toMatch(/army/);
    expect(figure(text, "40").attribution?.speaker).toMatch(/rebels/);
  });

  it("an attribution claim covers the figures it credits", () => {
    const text = "The ministry estimated that about 4,000 homes were flooded and 600 homes were destroyed.";
    const doc = analyze(text);
    const attributions = doc.claims.filter((c): c is AttributionClaim => c.kind === "attribution");
    const figures = doc.claims.filter((c) => c.kind === "quantity");
    expect(figures.length).toBe(2);
    expect(attributions.length).toBe(1);
    expect(attributions[0].attribution.speaker).toBe("ministry");
    expect([...attributions[0].covers].sort()).toEqual(figures.map((f) => f.id).sort());
  });

  it("a figure with no source in its sentence is credited to no one", () => {
    const q = figure("Some 900 homes were still without power on Sunday.", "900");
    expect(q.attribution, show(q)).toBeUndefined();
  });
});

describe("hedges", () => {
  const cases: { text: string; at: string; hedge: string }[] = [
    { text: "Some 300 fishermen were reportedly missing after the storm.", at: "300", hedge: "reportedly" },
    { text: "The militia allegedly seized 40 lorries of aid near the border.", at: "40", hedge: "allegedly" },
    { text: "Around 2,000 fighters are said to have crossed the river.", at: "2,000", hedge: "are said to" },
    { text: "As many as 500 troops are believed to be trapped in the town.", at: "500", hedge: "believed to" },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = figure(c.text, c.at);
      expect(q.hedge, show(q)).toBe(c.hedge);
    });
  }

  it("a plain statement carries no hedge", () => {
    const q = figure("The ministry said 300 fishermen were missing after the storm.", "300");
    expect(q.hedge, show(q)).toBeUndefined();
  });

  it("“are said to” is a hedge, not a reporting verb with a speaker", () => {
    const q = figure("Around 2,000 fighters are said to have crossed the river.", "2,000");
    expect(q.attribution, show(q)).toBeUndefined();
  });
});

describe("one office named with and without the body the article is about", () => {
  // "the chief executive" and "the chief executive of Brantek Motors" are one speaker in an article
  // about Brantek Motors; the chief executive of another firm is not
  const about = (sentence: string) =>
    `Brantek Motors recalls cars\nMarch 6, 2025\n\nBrantek Motors is recalling 90,000 cars over a faulty seat sensor. Brantek said it knew of seven injuries.\n\n${sentence}\n`;
  const speakerOf = (text: string) => analyze(text).claims.find((c) => c.kind === "quote")?.attribution;
  const cases: { sentence: string; speaker: string; same: string }[] = [
    { sentence: "“We will fix every car free of charge,” said the chief executive of Brantek Motors.", speaker: "chief executive of Brantek Motors", same: "chief executive" },
    { sentence: "“We will fix every car free of charge,” said the chief executive of Brantek.", speaker: "chief executive of Brantek", same: "chief executive" },
    { sentence: "“We will fix every car free of charge,” said the chief executive of the company.", speaker: "chief executive of the company", same: "chief executive" },
    { sentence: "“We will fix every car free of charge,” the chief executive said.", speaker: "chief executive", same: "chief executive" },
    { sentence: "“We will fix every car free of charge,” Brantek's chief executive said.", speaker: "Brantek's chief executive", same: "chief executive" },
    // another firm's office, and an office of a part of the firm, stay what they are
    { sentence: "“We will fix every car free of charge,” said the chief executive of Orlan Bank.", speaker: "chief executive of Orlan Bank", same: "chief executive of Orlan Bank" },
    {
      sentence: "“We will fix every car free of charge,” said the head of the company's North American operations.",
      speaker: "head of the company's North American operations",
      same: "head of the company's North American operations",
    },
  ];
  it("an article that quotes the chief executives of two firms keeps them apart", () => {
    const text = `${about("“We will fix every car free of charge,” said the chief executive of Brantek Motors.")}\n“We will buy the firm,” said the chief executive of Orlan Bank.\n`;
    const entities = analyze(text)
      .claims.filter((c) => c.kind === "quote")
      .map((c) => c.attribution?.entity);
    expect(entities).toEqual([nameKey("chief executive of Brantek Motors"), nameKey("chief executive of Orlan Bank")]);
  });
  it.each(cases)("$sentence", ({ sentence, speaker, same }) => {
    const a = speakerOf(about(sentence));
    expect(a?.speaker).toBe(speaker);
    expect(a?.entity).toBe(nameKey(same));
  });
});

describe("an office and a clause about its body before the verb", () => {
  // "the director of Orlan Mining, which operates the pit, said": the director speaks, not the firm
  const cases: { text: string; speaker: string }[] = [
    { text: "“We will reopen the pit,” the director of Orlan Mining, which operates the mine, said at the pithead.", speaker: "director of Orlan Mining" },
    { text: "“The bridge will stay shut,” the mayor of Dunvare, who visited the site on Monday, told reporters.", speaker: "mayor of Dunvare" },
    { text: "“We are doing all we can,” John Kirby, a spokesman for the Pentagon, said.", speaker: "John Kirby" },
  ];
  it.each(cases)("$text", ({ text, speaker }) => {
    expect(analyze(text).claims.find((c) => c.kind === "quote")?.attribution?.speaker).toBe(speaker);
  });
});
