import { describe, expect, it } from "vitest";
import type { Conflict } from "../src/index.js";
import { analyze, quantities, quotes, show, pairTable, type Pair } from "./helpers.js";

// Rules found on the out-of-sample corpora of a rail accident and of a company's results
// (test/corpora/train-derailment, company-results), written as general news English: each table gives
// sentences of two reports of one happening, and whether a disagreement of the kind is expected.

const table = (kind: Conflict["kind"], cases: Pair[]) => pairTable(kind, cases, ["October 14, 2025", "October 14, 2025"]);

/** The one figure over `at` in the sentence, with what it counts. */
function figures(cases: { sentence: string; at: string; thing?: string; role?: string; none?: boolean }[]) {
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}” ${c.none ? "is no figure" : `${c.thing ?? ""} ${c.role ?? ""}`}`, () => {
      const all = quantities(c.sentence);
      const start = c.sentence.indexOf(c.at);
      const over = all.filter((q) => q.span.start - 0 < start + c.at.length + 20 && start + 20 < q.span.end + 20 && q.span.text.includes(c.at.trim().split(" ")[0]));
      if (c.none) {
        expect(over.map(show)).toEqual([]);
        return;
      }
      expect(over.length, all.map(show).join(" | ") || "none").toBeGreaterThan(0);
      if (c.thing) expect(over[0].counted.thing, show(over[0])).toBe(c.thing);
      if (c.role) expect(over[0].counted.role, show(over[0])).toBe(c.role);
    });
  }
}

describe("a year before a noun sets its sentence in that year", () => {
  table("quantity", [
    { a: "It is the worst crash since a 2011 collision that killed 19 people near Telmar.", b: "Four people were killed near Telmar.", conflict: false },
    { a: "It is the deadliest accident since 2011, when a collision near Telmar killed 19 people.", b: "Four people were killed near Telmar.", conflict: false },
    { a: "The 2019 floods in Telmar forced 3,000 people from their homes.", b: "The flood in Telmar forced 9,000 people from their homes.", conflict: false },
    // the same happening this year is compared as before
    { a: "A collision near Telmar killed 19 people.", b: "Four people were killed near Telmar.", conflict: true },
  ]);
});

describe("speeds of one vehicle are compared in one unit; a limit is not the speed", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening. ";
  table("quantity", [
    { a: lede + "Investigators believe the train was travelling at about 120 km/h as it entered the curve.", b: lede + "Data from the recorder show that the train was running at 95 km/h when it entered the curve.", conflict: true },
    { a: lede + "The train was traveling at about 75 mph when six cars derailed.", b: lede + "Data from the recorder show that the train was running at 95 km/h when it entered the curve.", conflict: true },
    // the same speed in two units
    { a: lede + "The train was traveling at about 75 mph when six cars derailed.", b: lede + "Early indications suggest the train was going at around 120km/h.", conflict: false },
    { a: lede + "The train was travelling at 120 km/h (75 mph), investigators said.", b: lede + "Early indications suggest the train was going at 120km/h.", conflict: false },
    // the limit against the speed, and limits written in two units
    { a: lede + "The train was going at around 120km/h.", b: lede + "The train entered the curve below the permitted speed of 100 km/h.", conflict: false },
    { a: lede + "The speed limit on that section is 62 mph.", b: lede + "Trains on that stretch are limited to 100km/h.", conflict: false },
    // two vehicles are two speeds
    { a: lede + "The freight train was travelling at 60 km/h.", b: lede + "A car on the crossing was travelling at 90 km/h.", conflict: false },
    { a: lede + "The freight train was travelling at 60 km/h.", b: lede + "The passenger train was travelling at 120 km/h.", conflict: false },
    { a: lede + "The oncoming train was going at 80 km/h, investigators said.", b: lede + "The train was travelling at 120 km/h.", conflict: false },
    // winds say nothing of what moved
    { a: lede + "Winds of up to 120 km/h swept the line.", b: lede + "Gusts reached 90 km/h, forecasters said.", conflict: false },
  ]);
});

describe("carriages that left the track", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening. ";
  table("quantity", [
    { a: lede + "Six of its eight carriages left the track.", b: lede + "Five carriages came off the track on a bend.", conflict: true },
    { a: lede + "Six carriages left the track.", b: lede + "Six cars derailed on a curve.", conflict: false },
    // the whole train is not the part that derailed
    { a: lede + "Six of its eight carriages left the track.", b: lede + "Six carriages left the track.", conflict: false },
    { a: lede + "The train had eight carriages.", b: lede + "Six carriages left the track.", conflict: false },
  ]);
});

describe("a part of the injured or the dead is not their number", () => {
  const lede = "A passenger train derailed near Brenvik on Monday evening, and 31 people were injured. ";
  table("quantity", [
    { a: lede + "Twelve of the injured were in a serious condition, hospital officials said.", b: lede, conflict: false },
    { a: "Four people died near Brenvik on Monday. Two of the dead were children.", b: "Four people died near Brenvik on Monday.", conflict: false },
    { a: lede + "Twelve of the injured were in a serious condition, hospital officials said.", b: lede + "Nine of the injured were in a critical condition.", conflict: false },
  ]);
});

// Results of a listed company: each article names the firm twice, as reports about a firm do.
const FIRM = "Ostrel Group published its annual results on Thursday. ";
const dated: [string, string] = ["February 26, 2026", "February 26, 2026"];

describe("the figure a change started from is the earlier period's", () => {
  table("quantity", [
    { a: FIRM + "Ostrel Group said revenue rose to £4.21 billion from £3.96 billion a year earlier.", b: FIRM + "Ostrel Group reported revenue of £4.2bn.", dates: dated, conflict: false },
    { a: FIRM + "Pre-tax profits at Ostrel Group rose to £521m, from £449m.", b: FIRM + "Ostrel Group said pre-tax profit was £512m.", dates: dated, conflict: true },
    { a: FIRM + "Pre-tax profits at Ostrel Group rose to £512m, from £449m.", b: FIRM + "Ostrel Group said pre-tax profit was £512m.", dates: dated, conflict: false },
    // whole millions are exact; a river that rose is no change the villagers were evacuated from
    { a: FIRM + "Ostrel Group will pay a fine of $20 million.", b: FIRM + "Ostrel Group will pay a fine of $21 million.", dates: dated, conflict: true },
    { a: "The river near Kelmor rose, and people were evacuated from 12 villages.", b: "People near Kelmor were evacuated from 15 villages.", conflict: true },
    // the figures of the earlier period meet each other
    { a: FIRM + "Ostrel Group said revenue rose to £4.21 billion from £3.96 billion.", b: FIRM + "Ostrel Group: revenue of £4,210m (2024: £3,800m).", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group said revenue rose to £4.21 billion from £3.96 billion.", b: FIRM + "Ostrel Group: revenue of £4,210m (2024: £3,960m).", dates: dated, conflict: false },
  ]);
});

describe("pence and the kinds of dividend", () => {
  table("quantity", [
    { a: FIRM + "Ostrel Group proposed a final dividend of 18.4 pence per share.", b: FIRM + "Ostrel Group will pay a full-year dividend of 27.1 pence a share.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group proposed a final dividend of 18.4p.", b: FIRM + "Shareholders in Ostrel Group will receive a final dividend of 14.8 pence.", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group proposed an interim dividend of 6.1p.", b: FIRM + "Ostrel Group proposed a final dividend of 18.4p.", dates: dated, conflict: false },
    // last year's dividend is the earlier figure
    { a: FIRM + "Ostrel Group will pay a final dividend of 18.4p, up from 17.2p.", b: FIRM + "Ostrel Group proposed a final dividend of 18.4 pence.", dates: dated, conflict: false },
  ]);
});

describe("a percentage change is a change of what rose or fell", () => {
  table("quantity", [
    { a: FIRM + "Ostrel Group said revenue rose 6.3% to £4.21 billion.", b: FIRM + "Ostrel Group said its revenue climbed 8.3%.", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group said revenue rose 6.3%.", b: FIRM + "Ostrel Group said sales were up 6.3 per cent at £4.2bn.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said revenue rose 6.3%.", b: FIRM + "Ostrel Group said revenue fell 2%.", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group's pre-tax profit rose 14% to £512 million.", b: FIRM + "Ostrel Group reported a 16 per cent jump in pre-tax profits.", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group highlights: pre-tax profit of £512m (2024: £449m), up 14%.", b: FIRM + "Ostrel Group reported a 16 per cent jump in pre-tax profits.", dates: dated, conflict: true },
    // revenue is not profit; a forecast is not a result
    { a: FIRM + "Ostrel Group said revenue rose 6.3%.", b: FIRM + "Ostrel Group said pre-tax profit rose 14%.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said revenue rose 6.3%.", b: FIRM + "Ostrel Group expects revenue to grow by 3% to 5% this year.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said revenue rose 6.3%.", b: FIRM + "For next year Ostrel Group forecasts revenue growth of 3%.", dates: dated, conflict: false },
    // a share price moves through the day: rises and falls at different hours are no disagreement
    { a: FIRM + "Ostrel Group shares rose 4.2% in morning trading.", b: FIRM + "Ostrel Group shares fell 3% in early trading.", dates: dated, conflict: false },
  ]);
});

describe("a division's figures are a part of the group's", () => {
  table("quantity", [
    { a: FIRM + "Ostrel Group said revenue rose 6.3% to £4.21 billion.", b: FIRM + "Ostrel Group's snacks division lifted sales by 9 per cent to £1.3bn.", dates: dated, conflict: false },
    { a: FIRM + "Snacks division revenue at Ostrel Group rose 9% to £1,300m.", b: FIRM + "Ostrel Group's snacks division lifted sales by 9 per cent to £1.3bn.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group's drinks division lifted sales by 2 per cent to £0.9bn.", b: FIRM + "Ostrel Group's snacks division lifted sales by 9 per cent to £1.3bn.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said its snacks division lifted sales by 4 per cent.", b: FIRM + "Ostrel Group said its snacks division lifted sales by 9 per cent.", dates: dated, conflict: true },
  ]);
});

describe("a firm is one subject under its full and short names", () => {
  table("quantity", [
    // "Tavisham Brands plc" in a release, "Tavisham" in a headline and "Tavisham Brands" in the body of a paper
    { a: "Tavisham Brands plc announces its results. Tavisham Brands plc will close two factories.", b: "Tavisham to shut plants. Tavisham Brands will close three plants, the company said.", dates: dated, conflict: true },
    { a: "Tavisham Brands plc announces its results. Tavisham Brands plc will close two factories.", b: "Tavisham to shut plants. Tavisham Brands will close two of its plants, the company said.", dates: dated, conflict: false },
    // the factories it has are not those it closes
    { a: "Tavisham Brands plc announces its results. Tavisham Brands plc has 12 factories.", b: "Tavisham to shut plants. Tavisham Brands will close three plants, the company said.", dates: dated, conflict: false },
  ]);
});

describe("a speaker with a clause between it and its verb", () => {
  const cases: { text: string; quote: string; speaker: string }[] = [
    { text: "The transport minister, who visited the site on Tuesday, told reporters: \"This is a dark day for the whole country.\"", quote: "dark day", speaker: "transport minister" },
    { text: "The company's chief executive, speaking on a call with analysts, said: \"We are not counting on it.\"", quote: "counting", speaker: "company's chief executive" },
    { text: "\"We will rebuild,\" the mayor, whose own house was flooded, told a news conference.", quote: "rebuild", speaker: "mayor" },
  ];
  for (const c of cases) {
    it(`${c.text} → ${c.speaker}`, () => {
      const q = quotes(`Report\nOctober 14, 2025\n\n${c.text}\n`).find((x) => x.quote.includes(c.quote));
      expect(q?.attribution?.speaker, show(q)).toBe(c.speaker);
    });
  }
});

describe("names of places and bodies said by the words around them", () => {
  const typeOf = (text: string, name: string) => analyze(`Report\nOctober 14, 2025\n\n${text}\n`).names.find((n) => n.text.endsWith(name))?.type;
  const cases: { text: string; name: string; type: string }[] = [
    { text: "Five carriages came off the track on a bend outside the town of Brenvik.", name: "Brenvik", type: "place" },
    { text: "The train had left the capital, Sorvald, an hour earlier.", name: "Sorvald", type: "place" },
    { text: "Ships were diverted to the port of Telmar.", name: "Telmar", type: "place" },
    { text: "Dalmoran Railways said the line would stay closed.", name: "Dalmoran Railways", type: "organisation" },
    { text: "The National Rail Accident Investigation Board said it had sent a team.", name: "Rail Accident Investigation Board", type: "organisation" },
  ];
  for (const c of cases) it(`${c.text} → ${c.name} is a ${c.type}`, () => expect(typeOf(c.text, c.name)).toBe(c.type));
});

describe("a qualifier before a currency symbol", () => {
  table("quantity", [
    { a: "In Tarnova, the former mayor embezzled more than €20 million.", b: "In Tarnova, the former mayor embezzled €25 million.", conflict: false },
    { a: "In Tarnova, the former mayor embezzled up to £3m.", b: "In Tarnova, the former mayor embezzled £2.5m.", conflict: false },
    { a: "In Tarnova, the former mayor embezzled more than €20 million.", b: "In Tarnova, the former mayor embezzled €18 million.", conflict: true },
  ]);
  it("“more than €20 million” is one figure with its qualifier", () => {
    const [q] = quantities("The former mayor embezzled more than €20 million.");
    expect([q.span.text, q.qualifier], show(q)).toEqual(["more than €20 million", "more than"]);
  });
});

describe("a quarter, a half and a year are three periods; earnings per share are not profit", () => {
  table("quantity", [
    { a: FIRM + "Ostrel Group said revenue rose 6.3% for the year.", b: FIRM + "Ostrel Group said fourth-quarter revenue rose 9%.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said revenue in the third quarter rose 2%.", b: FIRM + "Ostrel Group said fourth-quarter revenue rose 9%.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said fourth-quarter revenue rose 7%.", b: FIRM + "Ostrel Group said revenue in the fourth quarter rose 9%.", dates: dated, conflict: true },
    { a: FIRM + "Ostrel Group said first-half sales fell 3%.", b: FIRM + "Ostrel Group said sales rose 6.3% last year.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said revenue of £1.1bn in the fourth quarter was a record.", b: FIRM + "Ostrel Group said revenue was £4.21bn.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said earnings per share rose 12%.", b: FIRM + "Ostrel Group said profit rose 14%.", dates: dated, conflict: false },
    { a: FIRM + "Ostrel Group said like-for-like sales rose 2%.", b: FIRM + "Ostrel Group said sales rose 6.3%.", dates: dated, conflict: false },
  ]);
});

describe("a firm named by a common plural noun is no person, even before “said”", () => {
  const typeOf = (text: string, name: string) => analyze(`Report\nFebruary 26, 2026\n\n${text}\n`).names.find((n) => n.text === name)?.type;
  const cases: { text: string; name: string; person: boolean }[] = [
    { text: "Calderwick Foods said on Thursday its profit rose.", name: "Calderwick Foods", person: false },
    { text: "Tavisham Brands said it would close three plants.", name: "Tavisham Brands", person: false },
    { text: "Orvel Systems said the outage was over.", name: "Orvel Systems", person: false },
    // people keep being people
    { text: "Kaja Kallas said the bridge was closed.", name: "Kaja Kallas", person: true },
    { text: "Carla Hills said the water rose quickly.", name: "Carla Hills", person: true },
  ];
  for (const c of cases) it(`${c.text} → ${c.person ? "a person" : "no person"}`, () => expect(typeOf(c.text, c.name) === "person").toBe(c.person));
});
