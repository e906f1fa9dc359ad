import { describe, expect, it } from "vitest";
import type { QuantityClaim } from "../src/index.js";
import { claimsOver, pairTable, quantities, show } from "./helpers.js";

// "shut down records at three hospitals": what the verb did was done to the records; the figure after
// "at", "in" or "across" counts where, and takes no role from the verb before it. Sentences written for
// the test, in several outlets' styles.

function figure(sentence: string, at: string): QuantityClaim {
  const all = quantities(sentence);
  const over = claimsOver(all, sentence, at);
  expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

describe("a figure after a preposition of place takes no role from the verb before it", () => {
  const cases: { sentence: string; at: string; role?: string; not?: string }[] = [
    { sentence: "The attack has shut down electronic health records at three hospitals.", at: "three", not: "closed" },
    { sentence: "Hackers shut down computer systems at four hospitals run by the trust.", at: "four", not: "closed" },
    { sentence: "The floods destroyed roads and bridges in 14 villages.", at: "14", not: "destroyed" },
    { sentence: "Police arrested protesters in 12 cities on Saturday.", at: "12", not: "captured" },
    { sentence: "Strikers closed the gates at two plants in the north.", at: "two", not: "closed" },
    // the figure that is the verb's object keeps its role
    { sentence: "The trust has closed three hospitals to new patients.", at: "three", role: "closed" },
    { sentence: "The floods destroyed 14 villages in the valley.", at: "14", role: "destroyed" },
    { sentence: "Police arrested 12 protesters in the capital.", at: "12", role: "captured" },
    { sentence: "At least 40 people were killed in three villages, officials said.", at: "40", role: "killed" },
    { sentence: "Gunmen killed at least 40 people in the village overnight.", at: "40", role: "killed" },
    // "at" after a level is no place
    { sentence: "The number of people evacuated stood at 12,400 on Tuesday evening.", at: "12,400", role: "displaced" },
    { sentence: "The regional government put the number of people evacuated at about 21,000.", at: "21,000", role: "displaced" },
    { sentence: "Officials estimated the number of homes destroyed at 300.", at: "300", role: "destroyed" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}” ${c.role ?? `not ${c.not}`}`, () => {
      const q = figure(c.sentence, c.at);
      if (c.role) expect(q.counted.role, show(q)).toBe(c.role);
      if (c.not) expect(q.counted.role, show(q)).not.toBe(c.not);
    });
  }
});

describe("hospitals where systems were shut are the hospitals hit", () => {
  const lede = "A cyber attack on the Orvin health trust was found on Tuesday. ";
  pairTable(
    "quantity",
    [
      { a: lede + "The attack has shut down electronic health records at three hospitals in Orvin.", b: lede + "The attack hit all four of the trust's hospitals in Orvin.", conflict: true },
      { a: lede + "Hackers have paralysed the computer systems of three hospitals in Orvin.", b: lede + "The attack has shut down electronic health records at three hospitals run by the trust.", conflict: false },
      // hospitals closed are not hospitals hit
      { a: lede + "The trust has closed two hospitals in Orvin to new patients.", b: lede + "The attack hit all four of the trust's hospitals in Orvin.", conflict: false },
    ],
    ["March 12, 2025", "March 12, 2025"],
  );
});
