import { describe, expect, it } from "vitest";
import { nameKey } from "../src/index.js";
import { analyze, dates, oneFigure, pairTable } from "./helpers.js";

/** Rules found on two held-out corpora of session 9 (an eruption, a spill); sentences of our own. */
const DATED = "Report\nApril 14, 2026\n\n";

describe("a town in apposition to “the island's main town” lies in the island the article named", () => {
  const cases: { text: string; link?: [string, string] }[] = [
    { text: "A volcano on the Talmoran island of Vessa erupted on Monday. In Kirn, the island's main town, ash fell all day.", link: ["kirn", "vessa"] },
    { text: "Floods hit Orvo province on Sunday. Residents of Brasca, the province's largest city, were told to leave.", link: ["brasca", "orvo"] },
    { text: "The storm crossed the region of Haldt overnight and reached Mirel, the region's chief port, by dawn.", link: ["mirel", "haldt"] },
    // no island named before: nothing to point back to
    { text: "Ash fell all day in Kirn, the island's main town, the agency said." },
    // "the country's" points to no place named as a country
    { text: "Talmora's health ministry said Lurn, the country's second city, had no cases." },
  ];
  for (const c of cases)
    it(`${c.text} → ${c.link ? c.link.join(" in ") : "no link"}`, () => {
      const links = analyze(DATED + c.text).placeLinks ?? [];
      if (c.link) expect(links).toContain(c.link.map(nameKey).sort().join("|"));
      else expect(links.filter((l) => l.includes("kirn") || l.includes("lurn"))).toEqual([]);
    });
});

describe("two reports keep naming different places of one happening: the island and its main town", () => {
  pairTable(
    "quantity",
    [
      {
        a: "A volcano on the Talmoran island of Vessa erupted before dawn on Monday, killing four people, officials said. The injured were taken to hospital in Kirn, the island's main town. Schools in Kirn were closed.",
        b: "A volcano on the Talmoran island of Vessa erupted Monday, killing six people, officials said. Tourists were told to avoid Vessa.",
        conflict: true,
      },
      {
        a: "A volcano on the Talmoran island of Vessa erupted before dawn on Monday, killing four people, officials said. The injured were taken to hospital in Kirn, the island's main town. Schools in Kirn were closed.",
        b: "A volcano on the Talmoran island of Vessa erupted Monday, killing four people, officials said. Tourists were told to avoid Vessa.",
        conflict: false,
      },
    ],
    ["April 14, 2026", "April 14, 2026"],
  );
});

describe("people forced from their homes are displaced, whatever the verb before", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The eruption killed four people and forced 38,000 residents from their homes, officials said.", at: "38,000", role: "displaced" },
    { sentence: "Mount Orr erupted on Monday, killing four people and forcing 38,000 residents of nearby villages from their homes.", at: "38,000", role: "displaced" },
    { sentence: "The floods killed 12 people and forced about 45,000 to flee their homes, the agency said.", at: "45,000", role: "displaced" },
    { sentence: "The storm killed three people and prompted some 9,000 residents to leave the coast.", at: "9,000", role: "displaced" },
    // the figure before keeps its own verb
    { sentence: "The floods killed 12 people and forced about 45,000 to flee their homes, the agency said.", at: "12", role: "killed" },
  ];
  for (const c of cases)
    it(`${c.sentence} [${c.at}] → ${c.role}`, () => {
      expect(oneFigure(DATED + c.sentence, c.at).counted.role).toBe(c.role);
    });
});

describe("“thousands” is loose upward, as “millions” is: tens of thousands are thousands", () => {
  pairTable(
    "quantity",
    [
      { a: "Thousands of people were evacuated from villages near Mount Orr on Monday.", b: "Officials said 38,000 people were evacuated from villages near Mount Orr on Monday.", conflict: false },
      { a: "Thousands of people were evacuated from villages near Mount Orr on Monday.", b: "Officials said 1,200 people were evacuated from villages near Mount Orr on Monday.", conflict: true },
      { a: "Thousands of people were evacuated from villages near Mount Orr on Monday.", b: "Officials said 240,000 people were evacuated from villages near Mount Orr on Monday.", conflict: true },
    ],
    ["April 14, 2026", "April 14, 2026"],
  );
});

describe("a wire dateline's day is never joined to the sentence's day as a range", () => {
  const cases: { text: string; at: string; day: string }[] = [
    { text: "PORT KERR, 22 May – On 21 May at 23:15 local time, the tanker ran aground on a reef.", at: "21 May", day: "2026-05-21" },
    { text: "VESSA, 14 April – On 13 April, the volcano erupted.", at: "13 April", day: "2026-04-13" },
    { text: "VESSA, 14 April (TNA) – On 13 April, the volcano erupted.", at: "13 April", day: "2026-04-13" },
  ];
  for (const c of cases)
    it(`${c.text} → ${c.day}`, () => {
      const d = dates("Report\nMay 22, 2026\n\n" + c.text).find((x) => x.span.text.includes(c.at));
      expect(d?.resolved?.start).toBe(c.day);
    });
});

describe("a ship run aground is a maritime accident, dated like a sinking", () => {
  pairTable(
    "date",
    [
      { a: "A tanker ran aground off the Kerr coast late on Thursday in heavy seas.", b: "An oil tanker ran aground off the Kerr coast shortly after 1 a.m. Friday, officials said.", conflict: true },
      { a: "A tanker ran aground off the Kerr coast late on Thursday in heavy seas.", b: "The tanker, which ran aground on Thursday, was leaking oil off the Kerr coast.", conflict: false },
      // the day it was refloated is another happening
      { a: "A tanker ran aground off the Kerr coast late on Thursday in heavy seas.", b: "Tugs refloated the tanker off the Kerr coast on Sunday, the coast guard said.", conflict: false },
    ],
    ["May 25, 2026", "May 25, 2026"],
  );
});

describe("a verb after “and” that follows a time opens the next clause", () => {
  const cases: { text: string; at: string; event: string }[] = [
    { text: "The eruption started at about 4:20 a.m. and sent ash high into the air.", at: "4:20", event: "begin" },
    { text: "The volcano erupted at 4:20 a.m. on Monday and sent ash over the town.", at: "4:20", event: "occur" },
    // nothing before the time: the verb after "and" still dates it
    { text: "At 4:20 a.m. on Monday the ground shook and the volcano erupted.", at: "4:20", event: "occur" },
  ];
  for (const c of cases)
    it(`${c.text} → ${c.event}`, () => {
      const d = dates(DATED + c.text).find((x) => x.span.text.includes(c.at));
      expect(d?.event[0]).toBe(c.event);
    });
});

describe("“N inhabitants of M settlements were evacuated”: the verb is the first figure's", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "From the zone of 10 km around the crater, 38,000 inhabitants of 14 settlements were evacuated.", at: "38,000", role: "displaced" },
    { sentence: "Some 2,400 residents of 9 villages were evacuated on Monday.", at: "2,400", role: "displaced" },
    { sentence: "About 300 workers of 2 factories were injured in the blast.", at: "300", role: "wounded" },
  ];
  for (const c of cases)
    it(`${c.sentence} [${c.at}] → ${c.role}`, () => {
      expect(oneFigure(DATED + c.sentence, c.at).counted.role).toBe(c.role);
    });
});

describe("“members of the crew” are crew", () => {
  const cases: { sentence: string; at: string; thing: string }[] = [
    { sentence: "From the vessel, 22 members of the crew were evacuated by helicopter.", at: "22", thing: "crew" },
    { sentence: "All 24 crew members were lifted off by helicopter.", at: "24", thing: "crew" },
  ];
  for (const c of cases)
    it(`${c.sentence} [${c.at}] → ${c.thing}`, () => {
      expect(oneFigure(DATED + c.sentence, c.at).counted.thing).toBe(c.thing);
    });
});
