import { describe, expect, it } from "vitest";
import type { Conflict } from "../src/index.js";
import { analyze, pairTable, type Pair } from "./helpers.js";

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
