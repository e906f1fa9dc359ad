import { describe, expect, it } from "vitest";
import type { DateClaim } from "../src/index.js";
import { analyze, show } from "./helpers.js";

/**
 * What happened on a date: the class of happening a date claim is given (`event[0]`). Sentences
 * written for these tests, in the styles of wires, British and American papers, live blogs and
 * translated statements; no person is named.
 */

// 2025-03-05 is a Wednesday.
const DATE_LINE = "March 5, 2025";

function dateAt(body: string, at: string): DateClaim {
  const text = `Headline Of The Report For The Tests\n${DATE_LINE}\n\n${body}\n`;
  const all = analyze(text).claims.filter((c): c is DateClaim => c.kind === "date");
  const start = text.indexOf(at, text.indexOf("\n\n"));
  const over = all.filter((c) => c.span.start < start + at.length && start < c.span.end);
  expect(over.length, `one date over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

type Case = { body: string; at: string; cls?: string; not?: string[] };

function table(cases: Case[]) {
  for (const c of cases) {
    it(`${c.body} → ${c.cls ?? `not ${c.not!.join(", ")}`}`, () => {
      const d = dateAt(c.body, c.at);
      if (c.cls) expect(d.event[0], show(d)).toBe(c.cls);
      for (const n of c.not ?? []) expect(d.event[0], show(d)).not.toBe(n);
    });
  }
}

describe("verbs that name a happening of any kind: “swept through”, “gave way”, “fell into the river”", () => {
  table([
    { body: "Flames swept through a timber warehouse in the port on Sunday, the emergency services said.", at: "Sunday", cls: "occur" },
    { body: "Floodwaters swept across low-lying farmland near Kelmor on 2 March, the regional council said.", at: "2 March", cls: "occur" },
    { body: "A strong aftershock shook the hill town of Vesk early on Monday, according to the seismology institute.", at: "Monday", cls: "occur" },
    { body: "Part of the coast road gave way on Tuesday after three days of heavy rain.", at: "Tuesday", cls: "occur" },
    { body: "TARNHOLM — When a section of the old pier fell into the sea on Saturday, March 1, the harbour was closed.", at: "Saturday, March 1", cls: "occur" },
    { body: "The roof of the covered market caved in late on Monday, council officials said.", at: "Monday", cls: "occur" },
    { body: "A delivery van plunged into the canal on Sunday night, police said.", at: "Sunday", cls: "occur" },
    // the same verbs in other senses name no happening
    { body: "Share prices fell on Monday as investors weighed the figures.", at: "Monday", not: ["occur"] },
    { body: "The council fell into a bitter dispute with the port authority on Friday.", at: "Friday", not: ["occur"] },
    { body: "The ruling party swept to power on Sunday, winning most of the seats.", at: "Sunday", not: ["occur"] },
    { body: "The two foreign ministers shook hands on Monday before their talks.", at: "Monday", not: ["occur"] },
    { body: "The peaceful march gave way to rioting on Saturday night.", at: "Saturday", not: ["occur"] },
  ]);
});

describe("a labour strike is no attack: its start is the date of a walkout", () => {
  table([
    { body: "BRENMOUTH — Nurses at the city's three hospitals began their strike on Wednesday, Feb. 26, demanding higher pay.", at: "Wednesday, Feb. 26", cls: "walkout" },
    { body: "The teachers' strike, which began last Thursday, has closed most schools in Kelmor.", at: "last Thursday", cls: "walkout" },
    { body: "A strike that started on Monday has halted most bus routes in Kelmor, the drivers' union said.", at: "Monday", cls: "walkout" },
    { body: "Junior doctors walked out on Monday in a long-running row over pay.", at: "Monday", cls: "walkout" },
    { body: "Port workers walked off the job on 24 February after talks with employers collapsed.", at: "24 February", cls: "walkout" },
    { body: "Dock workers went on strike on Friday, the union said.", at: "Friday", cls: "walkout" },
    { body: "Workers of the metallurgical combine started an indefinite strike on 27 February, the trade union committee informs.", at: "27 February", cls: "walkout" },
    { body: "Cleaners at the airport launched a 48-hour strike on Tuesday.", at: "Tuesday", cls: "walkout" },
    // a day in the course of a strike dates no start and no attack
    { body: "Thousands of nurses rallied in Kelmor on Tuesday, the sixth day of a strike over pay.", at: "Tuesday", not: ["attack", "walkout"] },
    { body: "Tuesday's general strike closed schools and grounded flights.", at: "Tuesday", not: ["attack", "walkout"] },
    { body: "Teachers have been on strike since Monday, the union said.", at: "Monday", not: ["attack"] },
    // an attack is still an attack
    { body: "A drone strike on Tuesday destroyed a fuel depot near the border, the army said.", at: "Tuesday", cls: "attack" },
    { body: "An air strike hit a market in the north on Friday.", at: "Friday", cls: "attack" },
    { body: "Missiles struck the port on Sunday, the military said.", at: "Sunday", cls: "attack" },
    { body: "The military launched a strike on rebel positions on Thursday.", at: "Thursday", cls: "attack" },
  ]);
});

describe("figures of speech: “struck a cautious tone” is no attack", () => {
  table([
    { body: "Speaking at a news conference on Tuesday, the minister struck a cautious tone.", at: "Tuesday", not: ["attack"] },
    { body: "Addressing parliament on Thursday, the foreign minister struck a harder tone.", at: "Thursday", not: ["attack"] },
    { body: "The governor struck an optimistic note on Monday, saying the worst was over.", at: "Monday", not: ["attack"] },
  ]);
});

describe("the day something was found out is not the day it happened", () => {
  table([
    { body: "The attack was detected early on Monday, when staff could not open patient records.", at: "Monday", cls: "discover" },
    { body: "The breach was discovered on Tuesday morning, the company said.", at: "Tuesday", cls: "discover" },
    { body: "The leak was first noticed on 3 March by a maintenance crew.", at: "3 March", cls: "discover" },
    { body: "Inspectors spotted the crack in the main span on Saturday.", at: "Saturday", cls: "discover" },
    // the happening itself keeps its own class
    { body: "The attack began on Sunday night, the trust said.", at: "Sunday", cls: "begin" },
  ]);
});

describe("a train leaving the rails is a crash", () => {
  table([
    { body: "A passenger train jumped the tracks Sunday night in the north, killing four people, officials said.", at: "Sunday night", cls: "crash" },
    { body: "Six carriages left the track on a bend outside Brenvik on Monday evening.", at: "Monday evening", cls: "crash" },
    { body: "Two wagons of a freight train came off the rails near the port on Tuesday.", at: "Tuesday", cls: "crash" },
    { body: "The derailment on Monday was the worst on the network for a decade.", at: "Monday", cls: "crash" },
    // a driver who left the track to rest is no crash
    { body: "The driver left the cab on Monday and walked to the station.", at: "Monday", not: ["crash"] },
  ]);
});

describe("a disaster that began: the start of a fire is the fire's date", () => {
  table([
    { body: "The fire started at about 2:40 p.m. on Sunday in the hills north of the town.", at: "on Sunday", cls: "onset" },
    { body: "The Alder Creek Fire, which began Saturday night in the hills, grew overnight.", at: "Saturday night", cls: "onset" },
    { body: "The flooding started on Sunday after two days of rain.", at: "on Sunday", cls: "onset" },
    // the days a fire burned are not its start
    { body: "A fast-moving wildfire that broke out on Sunday afternoon had burned 12,000 hectares by Tuesday.", at: "Tuesday", not: ["onset"] },
    // something else began: talks, evacuations
    { body: "Talks began on Monday, a week after the fire.", at: "on Monday", not: ["onset"] },
    { body: "Evacuations began on Monday as the fire spread.", at: "on Monday", not: ["onset"] },
    { body: "A fire broke out in a warehouse on Sunday.", at: "on Sunday", cls: "occur" },
  ]);
});

describe("a fire named after where it burns is placed there", () => {
  // "the Alder Creek Fire" is the fire at Alder Creek: its start meets a start "in the Alder Creek drainage"
  const participants = (body: string, at: string) => dateAt(body, at).event.slice(1);
  it("The Alder Creek Fire, which began Saturday night in the hills, had grown by Tuesday. → alder creek", () => {
    const named = participants("The Alder Creek Fire, which began Saturday night in the hills, had grown by Tuesday.", "Saturday night");
    const place = participants("The fire started at about 2:40 p.m. on Sunday in the Alder Creek drainage north of the town.", "on Sunday");
    expect(named.some((p) => place.includes(p)), `${named} / ${place}`).toBe(true);
  });
});

describe("a wildfire or a flood lasts days: its noun with a day dates no happening", () => {
  // the articles tell of a wildfire (or floodwaters): a blaze at a plant is over the same day and keeps
  // its noun's date ("a fire at a plant near the town on Monday")
  const WILDFIRE = "The wildfire has burned 12,000 hectares. ";
  table([
    { body: WILDFIRE + "Smoke from the fire drifted more than 100 miles east on Tuesday, health officials said.", at: "Tuesday", not: ["fire", "occur", "flood"] },
    { body: WILDFIRE + "Crews spent Monday night cutting lines along the fire's southern edge.", at: "Monday", not: ["fire", "occur"] },
    { body: "The flooding was still cutting off villages on Wednesday.", at: "Wednesday", not: ["flood", "occur"] },
    { body: "A fire at a chemical plant near the port on Monday injured 20 workers.", at: "Monday", cls: "fire" },
    // the verbs that start one still date it
    { body: "A wildfire broke out on Sunday afternoon in the hills above the town.", at: "Sunday", cls: "occur" },
    { body: "The river burst its banks on Sunday, the agency said.", at: "Sunday", cls: "flood" },
  ]);
});

describe("caught, taken: a capture needs a captive or a captor", () => {
  table([
    { body: "Police caught the two suspects on Tuesday near the border.", at: "Tuesday", cls: "capture" },
    { body: "The escaped prisoners were caught by police on Tuesday.", at: "Tuesday", cls: "capture" },
    { body: "Three of the men were caught on Tuesday, the prison service said.", at: "Tuesday", cls: "capture" },
    { body: "Two aid workers were taken hostage on Sunday in the north of the country.", at: "Sunday", cls: "capture" },
    { body: "The suspect was taken into custody on Friday, police said.", at: "Friday", cls: "capture" },
    // caught by a thing, in something, on camera; taken to hospital: no one was captured
    { body: "The men were caught by a roof fall on Monday.", at: "Monday", not: ["capture"] },
    { body: "Two miners were caught in a rockfall on Monday, the company said.", at: "Monday", not: ["capture"] },
    { body: "Commuters were caught up in long delays on Monday morning.", at: "Monday", not: ["capture"] },
    { body: "The moment of the blast was caught on camera on Saturday night.", at: "Saturday", not: ["capture"] },
    { body: "Six people were taken to hospital on Monday with burns, the ambulance service said.", at: "Monday", not: ["capture"] },
    { body: "About 300 residents were taken to shelters on Sunday night.", at: "Sunday", not: ["capture"] },
    // a ship that caught fire: the fire's date
    { body: "The cargo ship caught fire off the coast on Sunday, the coastguard said.", at: "Sunday", cls: "fire" },
  ]);
});

describe("a roof fall, a rockfall, a cave-in: a mine's or a tunnel's collapse", () => {
  // miners' and engineers' words for what the wire calls a collapse ("a section of tunnel caved in")
  table([
    { body: "The men were caught by a roof fall on Monday.", at: "Monday", cls: "occur" },
    { body: "Two miners were caught in a rockfall on Monday, the company said.", at: "Monday", cls: "occur" },
    { body: "A cave-in on Sunday trapped 12 miners underground, officials said.", at: "Sunday", cls: "occur" },
    { body: "The rock fall at the quarry happened shortly before noon on Friday.", at: "Friday", cls: "occur" },
    // a landslide is also an election's: left out
    { body: "The party won by a landslide on Sunday.", at: "Sunday", not: ["occur"] },
  ]);
});

describe("hit, reached: a level reached is no attack and no arrival", () => {
  table([
    { body: "Temperatures in the capital hit a new national high of 46.3C on Tuesday.", at: "Tuesday", not: ["attack", "occur"] },
    { body: "The thermometer reached 115 degrees on Monday in the valley.", at: "Monday", not: ["arrive"] },
    { body: "Inflation hit 9.1% in June, the highest rate in four decades.", at: "June", not: ["attack", "occur"] },
    { body: "The river reached its highest level on Sunday, the agency said.", at: "Sunday", not: ["arrive"] },
    { body: "Shares struck a record high on Thursday after the results.", at: "Thursday", not: ["attack", "occur"] },
    { body: "The death toll hit 40 on Wednesday, officials said.", at: "Wednesday", not: ["attack", "occur"] },
    // the same verbs with a target or a place keep their sense
    { body: "A missile hit a hospital in the city on Monday, officials said.", at: "Monday", cls: "attack" },
    { body: "A missile hit the high school in the town on Monday.", at: "Monday", cls: "attack" },
    { body: "A missile struck a low-lying district of the port on Monday.", at: "Monday", cls: "attack" },
    { body: "A drone hit a high-rise block in the city centre on Friday.", at: "Friday", cls: "attack" },
    { body: "A drone struck a fuel depot on Friday.", at: "Friday", cls: "attack" },
    { body: "Rescue teams reached the village on Tuesday.", at: "Tuesday", cls: "arrive" },
    { body: "Rescuers reached the 14 miners on Thursday.", at: "Thursday", cls: "arrive" },
  ]);
});
