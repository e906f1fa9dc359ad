import { describe, expect, it } from "vitest";
import { analyzeDocument, defaultOptions, type QuantityClaim } from "../src/index.js";
import { analyze, claimsOver, pairTable, show } from "./helpers.js";

// A firm whose name holds a title word ("General Dynamics", "Admiral Shipping") or ends in what the
// firm does ("Halvorsen Shipping", "Norrland Energy") is no person, and the office named with it ("the
// president of Halvorsen Shipping") is the speaker, not the firm. Sentences written for the test.

const typeOf = (text: string, name: string) =>
  analyzeDocument("file:///a.txt", `Report\nOctober 14, 2025\n\n${text}\n`, defaultOptions)
    .names.filter((n) => n.span.text === name)
    .map((n) => n.type);

describe("a firm named after a title or a trade is no person", () => {
  const cases: { text: string; name: string; person: boolean }[] = [
    { text: "Governor Mining said it would cut 400 jobs at the pit.", name: "Governor Mining", person: false },
    { text: "Shares in General Dynamics rose 3% after the contract was announced.", name: "General Dynamics", person: false },
    { text: "Admiral Shipping said three of its vessels were lost in the storm.", name: "Admiral Shipping", person: false },
    { text: "Captain Foods said 200 workers had been laid off.", name: "Captain Foods", person: false },
    { text: "Marshal Logistics said 12 lorries were stolen from its depot.", name: "Marshal Logistics", person: false },
    { text: "Halvorsen Shipping said the crew of 14 had been rescued.", name: "Halvorsen Shipping", person: false },
    { text: "The president of Halvorsen Shipping said the crew of 14 had been rescued.", name: "Halvorsen Shipping", person: false },
    { text: "“We are deeply sorry,” said the chairman of Norrland Energy, which runs the plant.", name: "Norrland Energy", person: false },
    // people after their titles stay people
    { text: "General Mark Milley said 40 soldiers had been killed.", name: "General Mark Milley", person: true },
    { text: "President Emmanuel Macron said 40 people had died.", name: "President Emmanuel Macron", person: true },
    { text: "Emmanuel Macron said 40 people had died.", name: "Emmanuel Macron", person: true },
    { text: "Governor Young said 40 people had died.", name: "Governor Young", person: true },
    { text: "The head of Emmanuel Macron's campaign said 40 volunteers had left.", name: "Emmanuel Macron", person: true },
    { text: "The spokesman of Joe Biden said 40 volunteers had left.", name: "Joe Biden", person: true },
  ];
  for (const c of cases) {
    it(`${c.text} → ${c.name} ${c.person ? "is" : "is not"} a person`, () => {
      const types = typeOf(c.text, c.name);
      expect(types.length, `${c.name} found`).toBeGreaterThan(0);
      expect(types.every((t) => (t === "person") === c.person), types.join(",")).toBe(true);
    });
  }
});

describe("the office named with a firm speaks, and a person after both keeps only their name", () => {
  function figure(text: string, at: string): QuantityClaim {
    const all = analyze(text).claims.filter((c): c is QuantityClaim => c.kind === "quantity");
    const over = claimsOver(all, text, at);
    expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
    return over[0];
  }
  const cases: { text: string; at: string; speaker: RegExp; person: boolean }[] = [
    { text: "The president of Halvorsen Shipping said 14 sailors had been rescued.", at: "14", speaker: /^president of Halvorsen Shipping$/, person: false },
    { text: "The chairman of Norrland Energy said 40 jobs would go.", at: "40", speaker: /^chairman of Norrland Energy$/, person: false },
    { text: "Chairman of Samsung Electronics Lee Jae-yong said 40 jobs would go.", at: "40", speaker: /^Lee Jae-yong$/, person: true },
    { text: "Halvorsen Shipping said 14 sailors had been rescued.", at: "14", speaker: /^Halvorsen Shipping$/, person: false },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = figure(c.text, c.at);
      expect(q.attribution?.speaker, show(q)).toMatch(c.speaker);
      expect(q.attribution!.entity?.startsWith("person:") ?? false, show(q)).toBe(c.person);
    });
  }
});

describe("a firm and its president are not two people who disagree", () => {
  pairTable(
    "attribution",
    [
      { a: "The carmaker will close its plant in Orvin. Admiral Shipping said 400 jobs would go at the port.", b: "The carmaker will close its plant in Orvin. Antony Blinken, the secretary of state, said 400 jobs would go at the port.", conflict: false },
      { a: "The carmaker will close its plant in Orvin. Halvorsen Shipping said 400 jobs would go at the port.", b: "The carmaker will close its plant in Orvin. Antony Blinken, the secretary of state, said 400 jobs would go at the port.", conflict: false },
      // two people still differ
      { a: "The carmaker will close its plant in Orvin. John Kirby, a White House spokesman, said 400 jobs would go at the port.", b: "The carmaker will close its plant in Orvin. Antony Blinken, the secretary of state, said 400 jobs would go at the port.", conflict: true },
    ],
    ["October 14, 2025", "October 14, 2025"],
  );
});
