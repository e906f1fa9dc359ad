import { describe, expect, it } from "vitest";
import { findNames } from "../src/extract/names.js";
import type { Conflict } from "../src/index.js";
import { pairTable, type Pair } from "./helpers.js";

// Kinds of happening whose date two reports can disagree on. Each table gives sentences of two reports
// of one happening, in several outlets' styles, and whether a disagreement of dates is expected.

const table = (kind: Conflict["kind"], cases: Pair[]) => pairTable(kind, cases, ["March 15, 2026", "March 15, 2026"]);

describe("a march, a protest or a demonstration is a happening in a place", () => {
  table("date", [
    // wire copy against a translated agency report and a broadsheet
    { a: "Tens of thousands of people marched through central Orvane on Saturday against the pension reform.", b: "On Friday, a mass demonstration against the pension reform took place in Orvane.", conflict: true },
    { a: "Tens of thousands of people marched through central Orvane on Saturday against the pension reform.", b: "On Saturday, 14 March, a march organised by the unions crossed central Orvane.", conflict: false },
    { a: "Thousands protested outside parliament in Orvane on Thursday.", b: "The protest outside parliament in Orvane on Wednesday drew thousands.", conflict: true },
    { a: "Demonstrations were held in Orvane on Saturday.", b: "Demonstrators filled the streets of Orvane on Saturday.", conflict: false },
    // two cities, two marches
    { a: "Thousands marched in Orvane on Saturday.", b: "Thousands marched in Kessel on Friday.", conflict: false },
    // the month is no march
    { a: "Thousands marched in Orvane on Saturday.", b: "The reform was announced in Orvane on March 2.", conflict: false },
    { a: "Police said 45,000 people marched in Orvane on Saturday.", b: "Unions in Orvane have called a protest for March 24.", conflict: false },
    // an earlier march of the same movement is another happening
    { a: "Thousands marched in Orvane on Saturday.", b: "The last march in Orvane, on January 31, drew fewer people.", conflict: false },
  ]);
});

describe("the city of a dateline is a place", () => {
  const cases: { sentence: string; name: string; type: string }[] = [
    { sentence: "TARNOV — When part of the bridge fell into the river on Saturday, the city lost a crossing.", name: "TARNOV", type: "place" },
    { sentence: "OSLEN, March 5 (Northwire) - The bridge will remain closed.", name: "OSLEN", type: "place" },
    { sentence: "BREVIK, 14 March (Valdonian News Agency) – A march took place.", name: "BREVIK", type: "place" },
    { sentence: "KESSEL (Coastal Press) — Thousands marched on Saturday.", name: "KESSEL", type: "place" },
    { sentence: "GLENHARLOW, Talmora — Rescuers reached the miners.", name: "GLENHARLOW", type: "place" },
    // an acronym opening a sentence is still a body
    { sentence: "NATO said on Monday that it would meet.", name: "NATO", type: "organisation" },
    { sentence: "UNICEF, the children's agency, said 40 schools were hit.", name: "UNICEF", type: "organisation" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → ${c.name} is a ${c.type}`, () => {
      const found = findNames(c.sentence).find((n) => n.text === c.name);
      expect(found?.type).toBe(c.type);
    });
  }
});

describe("a collapse dated differently by a report datelined in the town", () => {
  table("date", [
    {
      a: "TARNOV, March 5 (Northwire) - The bridge in Tarnov will stay closed, three days after part of its walkway collapsed on Sunday morning.",
      b: "TARNOV — When part of the walkway on the Velka bridge fell into the river on Saturday, March 1, the city lost a crossing. The people of Tarnov want it back.",
      dates: ["March 5, 2025", "March 5, 2025"],
      conflict: true,
    },
  ]);
});

describe("a reading taken on a day: a temperature, a gust or a rainfall recorded", () => {
  table("date", [
    { a: "The city of Velmar recorded a temperature of 46.3C on Tuesday, the highest ever measured in the country.", b: "A temperature of 46.1C was recorded at Velmar airport on Monday, the highest reading in the country's history.", conflict: true },
    { a: "The thermometer at Velmar airport reached 115 degrees Fahrenheit on Tuesday, a national record.", b: "The city of Velmar recorded a temperature of 46.3C on Monday, the weather service said.", conflict: true },
    { a: "A gust of 187 km/h was measured at Cape Torran on Thursday night.", b: "Forecasters registered winds of 116 mph at Cape Torran on Friday.", conflict: true },
    // the same day in other words
    { a: "The city of Velmar recorded a temperature of 46.3C on Tuesday.", b: "Temperatures in Velmar reached 115F on Tuesday afternoon.", conflict: false },
    // what police or a firm recorded is no reading
    { a: "The city of Velmar recorded a temperature of 46.3C on Tuesday.", b: "Police in Velmar recorded 37 arrests on Monday.", conflict: false },
    { a: "The city of Velmar recorded a temperature of 46.3C on Tuesday.", b: "Negotiators in Velmar reached an agreement on Monday.", conflict: false },
    // readings in two places are two readings
    { a: "The city of Velmar recorded a temperature of 46.3C on Tuesday.", b: "The town of Ostrin recorded a temperature of 44.9C on Monday.", conflict: false },
  ]);
});
