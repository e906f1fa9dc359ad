import { describe, expect, it } from "vitest";
import type { Conflict } from "../src/index.js";
import { claimsOver, pairTable, quantities, show, type Pair } from "./helpers.js";

// When a figure is set: a day, month or year named in a side clause (", which was founded in March
// 2019,", "(opened in June 2021)", "— which opened in May —") is the time of that clause, not of the
// figures outside it; a date in the sentence's own clause ("Since January, 1,200 people have been
// displaced") still sets its figures. Sentences written for the test, in several outlets' styles.

const DATED = "Report\nOctober 14, 2025\n\n";

/** The times of the one figure over `at` in a sentence of an article dated October 14, 2025. */
function timesOf(sentence: string, at: string): string[] {
  const text = DATED + sentence;
  const all = quantities(text);
  const over = claimsOver(all, text, at);
  expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0].counted.scope.times;
}

describe("a date in a side clause is no time of the figures outside it", () => {
  const cases: { sentence: string; at: string; has?: string[]; not?: string[] }[] = [
    // relative clauses set off by commas (British and American styles, wire copy)
    { sentence: "The company, which was founded in March 2019, cut 400 jobs.", at: "400", not: ["2019", "2019-03"] },
    { sentence: "Brantek Motors, which was founded in March 2019, said on Monday it would cut 400 jobs at its plant.", at: "400", not: ["2019", "2019-03"] },
    { sentence: "Kessel Energy, which was privatised in 2014, will shed 250 jobs, the company said on Tuesday.", at: "250", not: ["2014"] },
    { sentence: "The ministry, which was created in April 2020, reported that 56 people had died in the floods.", at: "56", not: ["2020", "2020-04"] },
    { sentence: "The union, whose last strike was in May 2022, said 3,000 nurses would walk out.", at: "3,000", not: ["2022", "2022-05"] },
    { sentence: "Orvin, where a flood killed 12 people in March 2023, was hit again on Monday, when 40 people were killed.", at: "40", has: ["2025-10-13"], not: ["2023", "2023-03"] },
    // participles and appositions
    { sentence: "Brantek Motors, founded in March 2019, said it would cut 400 jobs.", at: "400", not: ["2019", "2019-03"] },
    { sentence: "The company, founded March 2019, cut 400 jobs on Monday.", at: "400", has: ["2025-10-13"], not: ["2019", "2019-03"] },
    { sentence: "The company, which was founded on March 3, 2019, cut 400 jobs.", at: "400", not: ["2019", "2019-03-03"] },
    { sentence: "Kessel Energy (which was privatised in 2014) will shed 250 jobs.", at: "250", not: ["2014"] },
    { sentence: "Twelve people died on Sunday, a week after floods in March killed 40 people.", at: "Twelve", has: ["2025-10-12"], not: ["2025-03"] },
    { sentence: "Twelve people died on Sunday, a week after floods in March killed 40 people.", at: "40", has: ["2025-03"] },
    { sentence: "In Orvin, a town in the north, 40 people died on Monday.", at: "40", has: ["2025-10-13"] },
    { sentence: "Halvorsen Shipping, a firm set up in June 2018, lost three vessels in the storm.", at: "three", not: ["2018", "2018-06"] },
    // parentheses and dashes
    { sentence: "The hospital (opened in June 2021) treated 40 patients after the crash.", at: "40", not: ["2021", "2021-06"] },
    { sentence: "The plant — which opened in May 2020 — employs 1,200 people.", at: "1,200", not: ["2020", "2020-05"] },
    // a contrast set off by a comma tells of another thing and its own time
    { sentence: "The group said it would close three plants, even as revenue climbed 8% to £4.6 billion in 2024.", at: "three", not: ["2024"] },
    { sentence: "The group said it would close three plants, even as revenue climbed 8% to £4.6 billion in 2024.", at: "£4.6 billion", has: ["2024"] },
    { sentence: "The group will close three plants, even as revenue climbed 8% to £4.6 billion ($5.8 billion) last year.", at: "three", not: ["2024"] },
    { sentence: "Exports fell by 12 percent, although imports rose in March 2024.", at: "12", not: ["2024", "2024-03"] },
    // a figure inside the side clause keeps the clause's date
    { sentence: "Orvin, where a flood killed 12 people in March 2023, was hit again on Monday.", at: "12", has: ["2023"] },
    // a date in the figure's own clause sets it, before or after the figure
    { sentence: "Since January, 1,200 people have been displaced.", at: "1,200", has: ["2025-01"] },
    { sentence: "In March, the firm cut 400 jobs.", at: "400", has: ["2025-03"] },
    { sentence: "The firm cut 400 jobs in March 2019, the union said.", at: "400", has: ["2019"] },
    { sentence: "On Monday, a fire at a warehouse killed 12 people.", at: "12", has: ["2025-10-13"] },
    // a date outside a side clause still sets the figure inside it
    { sentence: "The storm of March 2019, which killed 30 people, was the worst in decades.", at: "30", has: ["2019"] },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}”`, () => {
      const times = timesOf(c.sentence, c.at);
      for (const t of c.has ?? []) expect(times, `${t} in ${JSON.stringify(times)}`).toContain(t);
      for (const t of c.not ?? []) expect(times, `${t} not in ${JSON.stringify(times)}`).not.toContain(t);
    });
  }
});

describe("a firm's founding date does not keep its job cuts apart", () => {
  const table = (kind: Conflict["kind"], cases: Pair[]) => pairTable(kind, cases, ["October 14, 2025", "October 14, 2025"]);
  table("quantity", [
    { a: "Brantek Motors, which was founded in March 2019, said it would cut 400 jobs at its plant in Orvin.", b: "Brantek Motors said it would cut 300 jobs at its plant in Orvin.", conflict: true },
    { a: "Brantek Motors (founded in 2019) will cut 400 jobs in Orvin.", b: "Brantek Motors will cut 400 jobs in Orvin.", conflict: false },
    // a figure of the founding year is still that year's
    { a: "Brantek Motors, which cut 400 jobs in Orvin in March 2019, said on Monday it would close the plant.", b: "Brantek Motors said it would cut 250 jobs in Orvin.", conflict: false },
  ]);
});

describe("two spans of time of two things are not one figure", () => {
  const lede = "A court in Orvin convicted the former mayor of fraud on Monday. ";
  pairTable(
    "quantity",
    [
      { a: lede + "His lawyer said he would appeal within the 30 days allowed by law.", b: lede + "More than 80 witnesses gave evidence during the 21-month trial, which opened in January last year.", conflict: false },
      { a: lede + "Witnesses gave evidence during the 14-month trial.", b: lede + "More than 80 witnesses gave evidence during the 21-month trial, which opened in January last year.", conflict: true },
    ],
    ["October 14, 2025", "October 14, 2025"],
  );
});
