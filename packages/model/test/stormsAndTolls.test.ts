import { describe, expect, it } from "vitest";
import { claimsOver, oneFigure, pairTable, quantities, show } from "./helpers.js";

// Reports of a landfall, a wildfire's containment, a building collapse and a stadium crush, as several
// outlets write them: a storm's class is no count, its wind after it weakened is not its landfall
// wind, a total is not one place's count, the rows of a breakdown are not the whole, a figure the
// report gives as wrong is not compared, and what was added to a toll is not the toll. Sentences
// written for the test (wire copy, British and American papers, a translated bulletin); places invented.

const DATED = "Report\nSeptember 27, 2026\n\n";
const table = (kind: "quantity" | "date", cases: Parameters<typeof pairTable>[1]) => pairTable(kind, cases, ["September 27, 2026", "September 27, 2026"]);

describe("a class on a scale is a label, not a count", () => {
  const cases: { sentence: string; none: string }[] = [
    { sentence: "Hurricane Ilse made landfall as a Category 4 storm near Port Avel late on Thursday.", none: "4" },
    { sentence: "By 2 a.m. the storm had weakened to a Category 1 hurricane, the weather service said.", none: "1" },
    { sentence: "The typhoon, a category-five storm, battered the island of Varo.", none: "five" },
    { sentence: "Authorities raised the alert to Level 3 after the volcano erupted.", none: "3" },
    { sentence: "The agency activated its Phase 2 response on Monday.", none: "2" },
  ];
  for (const c of cases) it(`${c.sentence} → no figure over “${c.none}”`, () => {
    const text = DATED + c.sentence;
    expect(claimsOver(quantities(text), text, c.none).map(show)).toEqual([]);
  });
  // a count of storms of a class is still a count
  it("“only four hurricanes reached Category 5” keeps the four", () => expect(oneFigure(DATED + "Since 1920 only four hurricanes have reached Category 5 status.", "four").counted.thing).toBe("hurricane"));
});

describe("a storm's wind after it weakened is not its landfall wind", () => {
  table("quantity", [
    { a: "Ilse came ashore near Port Avel with maximum sustained winds of 140 mph.", b: "By early Friday Ilse had weakened to a tropical storm with winds of 70 mph, the hurricane centre said.", conflict: false },
    { a: "Ilse made landfall with sustained winds of 225 km/h.", b: "As of 2 a.m. its winds had already diminished to 90 mph.", conflict: false },
    { a: "Ilse made landfall with sustained winds of 140 mph.", b: "Forecasters said Ilse was a tropical storm with diminished winds sustained at 45 mph by Friday morning.", conflict: false },
    // two landfall winds still disagree
    { a: "Ilse came ashore near Port Avel with maximum sustained winds of 140 mph.", b: "Ilse made landfall near Port Avel with sustained winds of 115 mph.", conflict: true },
    // two classes are no disagreement on a count
    { a: "Ilse made landfall as a Category 4 hurricane near Port Avel.", b: "By Friday Ilse was a Category 1 hurricane over Dunmore County.", conflict: false },
  ]);
});

describe("a total over places the article counts apart is no count of one of them", () => {
  table("quantity", [
    // the first article gives the total and one county's count; the second the county's alone
    {
      a: "At least three deaths have been linked to the storm. In Harlow County, two people were killed when a tornado struck a mobile home.",
      b: "Two people were killed in Harlow County, the coroner said.",
      conflict: false,
    },
    {
      a: "At least five people were killed by the storm, three of them in Harlow County and two in Brisk County.",
      b: "Two people were killed in Harlow County, the coroner said.",
      conflict: true,
    },
    // the total still meets another total
    {
      a: "Three deaths have been linked to the storm in Harlow and Brisk counties. In Harlow County, two people were killed.",
      b: "Seven people have been killed by the storm in Harlow and Brisk counties, officials said.",
      conflict: true,
    },
  ]);
});

describe("the rows of a breakdown by kind are not the whole", () => {
  table("quantity", [
    { a: "The fire destroyed 13,200 single residences, 276 multiple residences and 528 commercial properties, the agency said.", b: "The fire destroyed more than 13,000 homes.", conflict: false },
    { a: "The blaze destroyed 9,100 single residences, 310 multiple residences and 402 commercial buildings.", b: "Nearly 14,000 buildings were destroyed, most of them homes.", conflict: false },
    // the same row in two reports still meets
    { a: "The fire destroyed 13,200 single residences, 276 multiple residences and 528 commercial properties in Paradine.", b: "The fire destroyed 410 commercial properties in Paradine, the state fire agency said.", conflict: true },
    // two things that befell one group are no breakdown by kind
    { a: "A bus accident in the Almora district has left 23 people dead and 15 others injured.", b: "The bus accident in the Almora district killed 36 people, officials said.", conflict: true },
    // a row counting one nation's people is the count in that nation
    {
      a: "Veska and Dravia agreed a truce. Fighting in Dravia and in Veska killed thousands. Around 70,000 Veskans and approximately 1.2 million Dravians have been displaced.",
      b: "Veska and Dravia agreed a truce. The war has forced tens of thousands of people in Veska and hundreds of thousands more in Dravia to flee their homes.",
      conflict: true,
    },
  ]);
});

describe("a figure the report gives as wrong or replaced is not compared", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "Officials put the toll at 125 after it was incorrectly reported earlier that 174 people were killed and dozens injured.", at: "174", role: "superseded" },
    { sentence: "Officials put the toll at 125 after it was incorrectly reported earlier that 174 people were killed and dozens injured.", at: "dozens", role: "superseded" },
    { sentence: "At one point, officials said that 174 people had died in the crush, but this number was later lowered.", at: "174", role: "superseded" },
    { sentence: "Earlier, the provincial disaster agency announced that 174 people were killed.", at: "174", role: "superseded" },
    { sentence: "The deputy governor said the number of fatalities was 125, not 174.", at: "174", role: "superseded" },
    { sentence: "The deputy governor said the number of fatalities was 125, not 174.", at: "125", role: "killed" },
    { sentence: "Police said 174 people were killed in the crush.", at: "174", role: "killed" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.role}`, () => expect(oneFigure(DATED + c.sentence, c.at).counted.role).toBe(c.role));
  table("quantity", [
    { a: "At least 125 people died in the crush at Orvale stadium. At one point, officials said 174 people had died, but this number was later lowered.", b: "The crush at Orvale stadium killed 125 people, police said.", conflict: false },
    { a: "Police said 174 people were killed in the crush at Orvale stadium.", b: "The crush at Orvale stadium killed 125 people, police said.", conflict: true },
  ]);
});

describe("what was added to a toll is not the toll", () => {
  table("quantity", [
    { a: "Rescuers recovered four additional bodies from the rubble in Calder Bay, the mayor said.", b: "The death toll from the collapse in Calder Bay rose to nine, the mayor said.", conflict: false },
    { a: "Rescuers recovered four additional bodies from the rubble in Calder Bay.", b: "Rescuers recovered two additional bodies from the rubble in Calder Bay.", conflict: true },
  ]);
  it("“Death toll rises to 11, 150 still missing”: the 150 is no toll", () => {
    const text = DATED + "Tower collapse: Death toll rises to 11, 150 still missing";
    expect(claimsOver(quantities(text), text, "150").filter((c) => c.counted.role === "killed").map(show)).toEqual([]);
  });
});

describe("what people once were thought to be, and a place's own clause, are not their role", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "Some 2,500 people originally believed to be missing after the fire have been accounted for, the sheriff's office said.", at: "Some 2,500", role: "accounted for" },
    { sentence: "The number of missing dropped to 249, the sheriff's office said.", at: "249", role: "missing" },
    { sentence: "Thousands of people rushed for the exits of the stadium, where many people died from suffocation.", at: "Thousands", role: "unspecified" },
    // the clause still speaks of the figure's people when it names no others
    { sentence: "Eleven passengers were taken to hospital in Brask, where most were treated and released.", at: "Eleven", role: "hospitalised" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.role}`, () => expect(oneFigure(DATED + c.sentence, c.at).counted.role).toBe(c.role));
});

describe("dates: a toll's day is not the deaths' day; a time loosely after a clock; one place named two ways", () => {
  table("date", [
    // the day a toll was updated is no day of the deaths
    { a: "Rescuers pulled another body from the rubble on Monday, increasing the death toll to 10.", b: "The death toll after the tower collapse in Calder Bay has risen to nine, officials said on Sunday. Eleven residents died on Thursday when the tower fell.", conflict: false },
    // "the Florida Big Bend" as one name is the two places another report names
    { a: "Hurricane Ilse made landfall in the Norland Big Bend region late Wednesday night.", b: "Hurricane Ilse made landfall over Norland's Big Bend area late Thursday night.", conflict: true },
    // "shortly after 11:20 p.m." is a moment near 11:20, compared as one loosely given
    { a: "Ilse made landfall near Perrin shortly after 11:20 p.m. Eastern Time.", b: "Ilse made landfall near Perrin at 9:40 p.m. Eastern Time.", conflict: true },
    { a: "Ilse made landfall near Perrin shortly after 11:20 p.m. Eastern Time.", b: "Ilse made landfall near Perrin at 11:10 p.m. Eastern Time.", conflict: false },
    // a bound is still no moment
    { a: "Ilse made landfall near Perrin after 11 p.m. Eastern Time.", b: "Ilse made landfall near Perrin at 9:40 p.m. Eastern Time.", conflict: false },
  ]);
});

describe("a figure before a weekday, and an area with its participle after it", () => {
  it("“updated the toll to 11 Monday afternoon” keeps the 11 as the toll", () => expect(oneFigure(DATED + "Officials updated the death toll from the tower collapse to 11 Monday afternoon.", "11").counted.role).toBe("killed"));
  it("“with 153,000 acres burned” is the fire's extent", () => expect(oneFigure(DATED + "The fire is now contained, with 153,336 acres burned.", "153,336 acres").counted.role).toBe("extent"));
});
