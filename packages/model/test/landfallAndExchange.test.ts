import { describe, expect, it } from "vitest";
import type { Conflict } from "../src/index.js";
import { analyze, dates, pairTable, quantities, quotes, show, type Pair } from "./helpers.js";

// Rules found on the out-of-sample corpora of a typhoon's landfall and of a prisoner exchange
// (test/corpora/storm-landfall, prisoner-exchange), written as general news English of many outlets:
// wire copy, British and American papers, translated agency reports, live blogs.

const table = (kind: Conflict["kind"], cases: Pair[]) => pairTable(kind, cases, ["October 14, 2025", "October 14, 2025"]);

describe("a name that starts with Port, Fort, Mount, Lake or Cape is a place", () => {
  const typeOf = (text: string, name: string) => analyze(`Report\nOctober 14, 2025\n\n${text}\n`).names.find((n) => n.text === name)?.type;
  const cases: { text: string; name: string; place: boolean }[] = [
    { text: "Floodwater stood a metre deep on the seafront of Port Halden.", name: "Port Halden", place: true },
    { text: "More than 300mm of rain fell on Port Halden in a day.", name: "Port Halden", place: true },
    { text: "Fort Ardley was cut off by the floods.", name: "Fort Ardley", place: true },
    { text: "Ash from Mount Velko covered the villages.", name: "Mount Velko", place: true },
    { text: "The shores of Lake Tamsor were evacuated.", name: "Lake Tamsor", place: true },
    { text: "The storm passed close to Cape Orrin overnight.", name: "Cape Orrin", place: true },
    // a body named after a port is a body
    { text: "The Port Halden Authority said the harbour would reopen.", name: "Port Halden Authority", place: false },
  ];
  for (const c of cases) it(`${c.text} → ${c.name} ${c.place ? "is" : "is not"} a place`, () => expect(typeOf(c.text, c.name) === "place").toBe(c.place));

  // a British report that names its city only after "of" and "on" is about that city, as the wire is
  const wire = "PORT HALDEN, Oct 14 (Wire) - A typhoon made landfall near Port Halden on Tuesday. Seven people were killed in Port Halden and nearby villages, the civil protection agency said. Authorities in Port Halden had evacuated 65,000 people before the storm.";
  const paper =
    "At least nine people died when the typhoon swept across the coast, bringing a storm surge that flooded the seafront of Port Halden. Some 310mm of rain fell on Port Halden in a single day. Some 80,000 people were evacuated from the coast before the typhoon struck, and two children died in Saltmere. Rescue teams searched houses in Saltmere.";
  table("quantity", [{ a: wire, b: paper, conflict: true }]);
});

describe("people in shelters: “of them”, evacuation centres, accommodated", () => {
  const lede = "A typhoon made landfall near Port Halden on Tuesday. ";
  table("quantity", [
    // a part of the evacuated, counted in shelters, against another report's count in shelters
    { a: lede + "Authorities in Port Halden had evacuated 65,000 people, and 18,000 of them spent the night in 140 shelters.", b: lede + "In Port Halden, 23,500 persons were accommodated in evacuation centres.", conflict: true },
    { a: lede + "Authorities in Port Halden evacuated 65,000 people. 18,000 of them spent the night in shelters set up in schools.", b: lede + "Officials in Port Halden said 23,500 people were staying in evacuation centers.", conflict: true },
    { a: lede + "In Port Halden, 18,000 people spent the night in shelters.", b: lede + "In Port Halden, about 18,000 evacuees were housed in relief centres.", conflict: false },
    // those in shelters are a part of those who left
    { a: lede + "In Port Halden, 23,500 persons were accommodated in evacuation centres.", b: lede + "Authorities in Port Halden had evacuated 65,000 people before the storm.", conflict: false },
    { a: lede + "In Port Halden, 23,500 persons were accommodated in evacuation centres.", b: lede + "More than 60,000 people in Port Halden had been ordered to leave.", conflict: false },
    { a: lede + "Authorities in Port Halden had evacuated 65,000 people, and 18,000 of them spent the night in 140 shelters.", b: lede + "Some 65,000 people were evacuated from Port Halden.", conflict: false },
    // "two of them" with nothing more said is a part, never a count of its own
    { a: lede + "Seven people were killed in Port Halden, and two of them were children.", b: lede + "Seven people died in Port Halden.", conflict: false },
    { a: lede + "Seven people were killed in Port Halden. Two of them were swept away by the surge.", b: lede + "Seven people died in Port Halden.", conflict: false },
  ]);
});

describe("homes without power, and homes whose power came back", () => {
  const lede = "A typhoon made landfall near Port Halden on Tuesday. ";
  table("quantity", [
    { a: lede + "About 420,000 homes in Port Halden were without power, the grid operator said.", b: lede + "Some 600,000 homes in Port Halden were left without power.", conflict: true },
    { a: lede + "About 420,000 homes in Port Halden were without power.", b: lede + "The storm cut power to 600,000 homes in Port Halden.", conflict: true },
    { a: lede + "About 420,000 homes in Port Halden were without electricity.", b: lede + "More than 400,000 homes in Port Halden lost power.", conflict: false },
    { a: lede + "About 420,000 homes in Port Halden were without power.", b: lede + "In Port Halden, over 420 thousand households were left without electricity.", conflict: false },
    // homes reconnected are not homes cut off
    { a: lede + "About 420,000 homes in Port Halden were without power.", b: lede + "Power has been restored to 150,000 homes in Port Halden since this morning.", conflict: false },
    { a: lede + "Some 600,000 homes in Port Halden were left without power.", b: lede + "Electricity was restored to 150,000 homes in Port Halden by Wednesday.", conflict: false },
    { a: lede + "Some 600,000 homes in Port Halden lost power.", b: lede + "In Port Halden, 150,000 homes have been reconnected.", conflict: false },
    // homes destroyed or damaged are another count
    { a: lede + "Some 600,000 homes in Port Halden lost power.", b: lede + "In Port Halden, more than 3,000 homes were damaged.", conflict: false },
    // homes left by their people are not homes without power
    { a: lede + "Some 600,000 homes in Port Halden lost power.", b: lede + "In Port Halden, 2,000 homes were left empty after the evacuation.", conflict: false },
  ]);
});

describe("a storm's winds: sustained winds and gusts, in km/h and mph", () => {
  const lede = "A typhoon made landfall near Port Halden on Tuesday. ";
  table("quantity", [
    { a: lede + "The storm came ashore with maximum sustained winds of 185 km/h (115 mph), the weather service said.", b: lede + "The typhoon hit Port Halden with maximum sustained winds of 130 mph.", conflict: true },
    { a: lede + "The storm brought winds of 185km/h to Port Halden.", b: lede + "Typhoon hits Port Halden with 130 mph winds", conflict: true },
    { a: lede + "The wind speed at landfall reached 185 kilometres per hour.", b: lede + "The typhoon hit Port Halden with maximum sustained winds of 130 mph.", conflict: true },
    // one speed in two units
    { a: lede + "The storm came ashore with maximum sustained winds of 185 km/h, the weather service said.", b: lede + "The typhoon hit Port Halden with 115mph winds.", conflict: false },
    { a: lede + "The wind speed at landfall reached 185 kilometres per hour.", b: lede + "Winds of 115 miles per hour lashed Port Halden.", conflict: false },
    // gusts are not the sustained wind; a forecast is another time; the storm's own motion is no wind
    { a: lede + "The storm came ashore with sustained winds of 185 km/h and gusts of up to 240 km/h.", b: lede + "Gusts of 270 km/h were recorded in Port Halden.", conflict: true },
    { a: lede + "Gusts of 240 km/h were recorded in Port Halden.", b: lede + "The storm brought winds of 185km/h to Port Halden.", conflict: false },
    { a: lede + "Winds were forecast to drop to about 90 km/h by Wednesday morning.", b: lede + "The storm brought winds of 185km/h to Port Halden.", conflict: false },
    { a: lede + "The storm is expected to weaken, with winds of 100 km/h likely by Thursday.", b: lede + "The storm brought winds of 185km/h to Port Halden.", conflict: false },
    { a: lede + "The storm was moving northwest at about 15 mph.", b: lede + "The typhoon hit Port Halden with 115mph winds.", conflict: false },
    // a speed limit keeps its meaning
    { a: lede + "The speed limit on the coast road was cut to 50 km/h.", b: lede + "The storm brought winds of 185km/h to Port Halden.", conflict: false },
  ]);
});

describe("rain that fell, in millimetres and inches; rain still to come", () => {
  const lede = "A typhoon made landfall near Port Halden on Tuesday. ";
  table("quantity", [
    { a: lede + "More than 300 mm of rain fell on Port Halden in 24 hours.", b: lede + "The storm dumped nearly 8 inches of rain on Port Halden.", conflict: true },
    { a: lede + "Some 310mm of rain fell on Port Halden in a single day.", b: lede + "The storm dumped nearly 8 inches of rain on Port Halden.", conflict: true },
    { a: lede + "More than 300 mm of rain fell on Port Halden in 24 hours.", b: lede + "About 12 inches of rain fell on Port Halden in the 24 hours to noon.", conflict: false },
    { a: lede + "Some 310mm of rain fell on Port Halden.", b: lede + "Port Halden recorded 31 centimetres of rain.", conflict: false },
    // rain forecast is not rain that fell
    { a: lede + "Forecasters warned that another 150 mm of rain could fall on Port Halden.", b: lede + "More than 300 mm of rain fell on Port Halden in 24 hours.", conflict: false },
    { a: lede + "In Port Halden, rain of up to 150 millimetres is expected in the next 24 hours.", b: lede + "More than 300 mm of rain fell on Port Halden in 24 hours.", conflict: false },
    // a day's rain and three days' rain are two amounts
    { a: lede + "More than 300 mm of rain fell on Port Halden in 24 hours.", b: lede + "Port Halden has had 520mm of rain over three days.", conflict: false },
    // rain is not a storm surge, nor a depth of floodwater
    { a: lede + "Some 310mm of rain fell on Port Halden.", b: lede + "A storm surge of up to three metres flooded Port Halden.", conflict: false },
  ]);
});

describe("the day a storm made landfall, in a translated report with a date line of fields", () => {
  const agency = "13.10.2026 | Calvessan State Information Agency (CSIA) | Official English translation";
  const wire = "October 13, 2026";
  table("date", [
    { a: "A typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", b: "PORT HALDEN, 13 October (CSIA) – The typhoon reached the coast near Port Halden on 12 October at 23:40 local time.", dates: [wire, agency], conflict: true },
    { a: "The storm came ashore near Port Halden early on Tuesday.", b: "The typhoon made landfall near Port Halden on Monday night.", dates: [wire, wire], conflict: true },
    { a: "Typhoon makes landfall near Port Halden. The typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", b: "PORT HALDEN, 13 October (CSIA) – The typhoon reached the coast near Port Halden on 13 October at 02:50 local time.", dates: [wire, agency], conflict: false },
    { a: "A typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", b: "The hurricane came ashore near Port Halden early Tuesday.", dates: [wire, wire], conflict: false },
    // people who reach the coast are no storm; a storm that hits later elsewhere is another landfall
    { a: "A typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", b: "Rescue teams reached the coast near Port Halden on Wednesday.", dates: [wire, wire], conflict: false },
    { a: "A typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", b: "The storm is expected to make landfall again in Varsen on Thursday.", dates: [wire, wire], conflict: false },
  ]);
  // the date line's fields: a date, the outlet, a byline, a reading time
  const dateOf = (line: string) => analyze(`Headline of the report\n${line}\n\nThe minister said on Tuesday that the road was closed.\n`).source.date;
  const lines: [string, string | undefined][] = [
    [agency, "2026-10-13"],
    ["16.09.2026 | Drevanian News Agency (DNA) | Translated from Drevanian", "2026-09-16"],
    ["By Gulf Today Online staff | 17 September 2026 | 4 min read", "2026-09-17"],
    ["Coastal Daily Online · 13 October 2026 · Updated 15:20", "2026-10-13"],
    // a headline with a bar and a year is no date line
    ["Typhoon season 2026 | What you need to know about the storms of the year", undefined],
  ];
  for (const [line, date] of lines) it(`${line} → ${date ?? "no date"}`, () => expect(dateOf(line)).toBe(date));
});

describe("a wire dateline with a country after its city", () => {
  const cases: [string, string][] = [
    ["PORT HALDEN, Calvessa, Oct 13 (Atlas News Service) - A typhoon made landfall near Port Halden shortly before 3 a.m. on Tuesday.", "3 a.m. on Tuesday"],
    ["QADRA, Almera, Sept 17 (Wire) - The two countries exchanged 47 prisoners at Qadra airport on Thursday.", "Thursday"],
    ["ORVIN, Talmora, 13 October (Agency) – Floods killed 12 people in Orvin on Monday.", "Monday"],
  ];
  for (const [text, day] of cases) {
    it(`${text} → the dateline's date is no claim; “${day}” dates the happening`, () => {
      const found = dates(`Report\nOctober 13, 2026\n\n${text}\n`);
      expect(found.map((d) => d.span.text)).toEqual([day]);
      expect(found[0].event.length, show(found[0])).toBeGreaterThan(0);
    });
  }
});

describe("the happening a date belongs to, across a place's name or from the head of the sentence", () => {
  const cases: [string, string, string][] = [
    ["A typhoon made landfall near the port city of Port Halden shortly before 3 a.m. on Tuesday.", "3 a.m. on Tuesday", "landfall"],
    ["Floods killed 12 people in the town of Lower Orvin Bridge on Monday.", "Monday", "die"],
    ["On Wednesday, 16 September, with the mediation of the State of Almera, an exchange of detained persons took place between the two countries.", "Wednesday, 16 September", "release"],
    ["On Monday, with the help of a mediator, the two sides swapped 30 prisoners at the border.", "Monday", "release"],
    ["Dozens of prisoners walked free on Thursday.", "Thursday", "release"],
    ["The two countries swapped 47 detainees Thursday at an airport in Almera.", "Thursday", "release"],
    // a date with no happening near stays without one
    ["On Monday, the minister's office published a long report about the state of the country's roads and railways.", "Monday", "announce"],
  ];
  for (const [text, day, cls] of cases) {
    it(`${text} → “${day}” is a date of ${cls}`, () => {
      const d = dates(`Report\nSeptember 17, 2026\n\n${text}\n`).find((x) => x.span.text === day);
      expect(d?.event[0], show(d)).toBe(cls);
    });
  }
});

describe("the day of an exchange, with the states named in full", () => {
  const agency = "16.09.2026 | Drevanian News Agency (DNA) | Translated from Drevanian";
  const wire = "September 17, 2026";
  table("date", [
    { a: "Drevania and Teluria swapped 47 detainees on Thursday at an airport in Almera.", b: "On Wednesday, 16 September, with the mediation of the State of Almera, an exchange of detained persons took place between the Republic of Drevania and Teluria.", dates: [wire, agency], conflict: true },
    { a: "Drevania and Teluria swapped 47 detainees on Thursday at an airport in Almera.", b: "On Thursday, 17 September, with the mediation of the State of Almera, an exchange of detained persons took place between the Republic of Drevania and Teluria.", dates: [wire, wire], conflict: false },
    // an earlier exchange between the same states is another happening
    { a: "Drevania and Teluria swapped 47 detainees on Thursday at an airport in Almera.", b: "In March, with the mediation of the State of Almera, the Republic of Drevania and Teluria exchanged 15 detained persons each.", dates: [wire, agency], conflict: false },
    { a: "Drevania and Teluria swapped 47 detainees on Thursday at an airport in Almera.", b: "Previously, in March of the current year, with the mediation of Almera, the sides exchanged 15 detained persons each.", dates: [wire, agency], conflict: false },
  ]);
});

describe("prisoners released by each side, named by their nationality", () => {
  const lede = "Drevania and Teluria exchanged prisoners at Qadra airport on Thursday. ";
  table("quantity", [
    { a: lede + "Drevania released 26 Telurian citizens and Teluria freed 21 Drevanians, the mediators said.", b: lede + "Teluria freed 21 Drevanians, while Drevania released 24 Telurians.", conflict: true },
    { a: lede + "Drevania released 26 Telurians at Qadra airport.", b: lede + "Drevania released 24 Telurians at Qadra airport.", conflict: true },
    { a: lede + "At Qadra airport, the Drevanian side handed over 26 Telurian nationals.", b: lede + "Drevania freed 24 Telurians at Qadra airport.", conflict: true },
    // one side's release against the other's
    { a: lede + "Teluria freed 21 Drevanians at Qadra airport.", b: lede + "Drevania released 26 Telurians at Qadra airport.", conflict: false },
    { a: lede + "Drevania released 26 Telurian citizens and Teluria freed 21 Drevanians, the mediators said.", b: lede + "At Qadra airport, 26 Telurians and 21 Drevanians were released.", conflict: false },
    // "citizens of Teluria" are Telurians; those still held are not those released
    { a: lede + "At Qadra airport, the Drevanian side handed over 26 citizens of Teluria.", b: lede + "Drevania released 24 Telurians at Qadra airport.", conflict: true },
    { a: lede + "At Qadra airport, the Drevanian side handed over 26 citizens of Teluria.", b: lede + "Teluria released 24 Drevanians at Qadra airport.", conflict: false },
    { a: lede + "About 1,200 Telurians remain in Drevanian custody.", b: lede + "Some 1,200 Telurians are still held in Drevania.", conflict: false },
    { a: lede + "About 1,200 Telurians remain in Drevanian custody.", b: lede + "Drevania released 24 Telurians at Qadra airport.", conflict: false },
    // "handed over 26" is no "over 26"
    { a: lede + "At Qadra airport, the Drevanian side handed over 26 Telurian nationals.", b: lede + "Drevania freed 26 Telurians at Qadra airport.", conflict: false },
    // a part of those freed, and those still held
    { a: lede + "Drevania freed 26 Telurians at Qadra airport. Two of the Telurians freed were women.", b: lede + "Drevania freed 26 Telurians at Qadra airport.", conflict: false },
    { a: lede + "Drevania freed 26 Telurians at Qadra airport.", b: lede + "About 1,200 Telurians remain in Drevanian custody.", conflict: false },
  ]);
  it("“handed over 26 citizens” is exactly 26", () => {
    const q = quantities("The Drevanian side handed over 26 citizens of Teluria.").find((x) => x.value === 26);
    expect(q?.qualifier, show(q)).toBeUndefined();
  });
});

describe("counts per side and counts among a group are not totals", () => {
  const lede = "Drevania and Teluria exchanged prisoners at Qadra airport on Thursday. ";
  table("quantity", [
    // "15 … each" counts per side
    { a: lede + "In March, the sides exchanged 15 detained persons each.", b: lede + "Some 1,200 Telurians are still held in Drevania.", conflict: false },
    { a: lede + "In March, the two sides swapped 15 prisoners each.", b: lede + "In March, the two sides swapped 30 prisoners.", conflict: false },
    { a: lede + "In March, the two sides swapped 15 prisoners each.", b: lede + "In March, the two sides swapped 12 prisoners each.", conflict: true },
    // "Among the Drevanians freed were 17 soldiers and four civilians": parts of those freed
    { a: lede + "Among the Drevanians freed were 17 soldiers captured during the war and four civilians.", b: lede + "Teluria says about 1,200 of its citizens are still held in Drevania.", conflict: false },
    { a: lede + "Among the Drevanians freed were 17 soldiers captured during the war and four civilians.", b: lede + "Teluria freed 21 Drevanians, including 19 soldiers captured during the war.", conflict: false },
  ]);
});

describe("speakers in translated reports: “underlined”, “the statement of the ministry says”", () => {
  const lede = "A typhoon made landfall near Port Halden on Tuesday. ";
  table("quote", [
    { a: lede + "“Nobody should return home until the authorities say it is safe,” the civil protection minister told reporters in Port Halden.", b: lede + "The civil protection minister chaired a meeting in Port Halden. “No one must return to their homes until the authorities declare that it is safe,” the minister underlined.", conflict: true },
    { a: lede + "“Nobody should return home until the authorities say it is safe,” the civil protection minister told reporters in Port Halden.", b: lede + "“Nobody should return home until the authorities say it is safe,” the civil protection minister underscored.", conflict: false },
  ]);
  it("“…,” the minister underlined: the minister speaks", () => {
    const [q] = quotes(`Report\nOctober 14, 2025\n\n“No one must return to their homes until it is safe,” the minister underlined.\n`);
    expect(q?.attribution?.speaker, show(q)).toMatch(/minister/);
  });
  it("“…,” the statement of the ministry says: the ministry speaks", () => {
    const [q] = quotes(`Report\nOctober 14, 2025\n\nThe Ministry of Foreign Affairs thanked the mediators. “The exchange demonstrates that dialogue is possible,” the statement of the ministry says.\n`);
    expect(q?.attribution?.speaker, show(q)).toMatch(/^(?:the\s+)?ministry/i);
  });
});

describe("“…,” it said: the body the sentence before is about", () => {
  // the last quote of the text
  const speakerOf = (text: string) => quotes(`Report\nSeptember 17, 2026\n\n${text}\n`).at(-1)?.attribution?.speaker;
  const cases: [string, string | undefined][] = [
    ["The Drevanian foreign ministry struck a warmer tone than usual. “This exchange proves that dialogue is possible,” it said, thanking the mediators.", "Drevanian foreign ministry"],
    ["The company defended its record. “We have always put safety first,” it said in a statement.", "company"],
    ["“The exchange proves that dialogue is possible,” the Almeran foreign ministry said. The Telurian government welcomed the deal. “Every one of our citizens will come home,” it said.", "Telurian government"],
    // no body before: no speaker rather than a wrong one
    ["Talks lasted five months. “Every one of our citizens will come home,” it said.", undefined],
  ];
  for (const [text, who] of cases) it(`${text} → ${who ?? "no speaker"}`, () => expect(speakerOf(text)).toBe(who));
});
