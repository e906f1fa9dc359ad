import { describe, expect, it } from "vitest";
import { subjectOf } from "../src/index.js";
import { analyze, claimsOver, dates, oneFigure } from "./helpers.js";

// What a disaster report's figures count when the wording is that of a running story: a participle
// after a comma starts a new clause ("killing 40 people, injuring 120 others"), a toll "has risen to"
// its figure far from the word "toll", and an aftershock's magnitude is not the earthquake's.
// Sentences written for the test, in several outlets' styles (wire copy, British and American,
// state-media translations).

const DATED = "Report\nMarch 4, 2026\n\n";

const one = (sentence: string, at: string) => oneFigure(DATED + sentence, at);

describe("a participle after a comma is the next clause's verb, not the figure's", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The quake flattened homes across the county, killing a total of 40 people, injuring 120 others and damaging 900 houses.", at: "40", role: "killed" },
    { sentence: "The quake flattened homes across the county, killing a total of 40 people, injuring 120 others and damaging 900 houses.", at: "120", role: "wounded" },
    { sentence: "A bus plunged into a ravine on Sunday, killing 14 passengers, leaving 30 wounded.", at: "14", role: "killed" },
    { sentence: "The blast killed 12 workers, injuring dozens more, police said.", at: "12", role: "killed" },
    { sentence: "Floods swept through the valley, forcing 5,000 residents from their homes, stranding hundreds more.", at: "5,000", role: "displaced" },
    // a participle before its own figure keeps working
    { sentence: "Storms lashed the coast overnight, injuring 23 people.", at: "23", role: "wounded" },
    // a passive after the figure is still its verb
    { sentence: "Some 3,000 homes, most of them built of mud brick, were destroyed.", at: "3,000", role: "destroyed" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.role}`, () => expect(one(c.sentence, c.at).counted.role).toBe(c.role));
});

describe("a toll that has risen to its figure counts the dead, however long the subject", () => {
  const cases: { sentence: string; at: string }[] = [
    { sentence: "The death toll from the powerful earthquake that struck Kessel County in the far west of the Telurian highlands, has risen to 53, with 62 others injured.", at: "53" },
    { sentence: "The toll from Tuesday's landslide in the hill district of Orvin has risen to 31, officials said.", at: "31" },
    { sentence: "Death toll from the ferry disaster off the coast of Dunvare rises to 88", at: "88" },
  ];
  for (const c of cases)
    it(`${c.sentence} → “${c.at}” killed`, () => {
      const q = one(c.sentence, c.at);
      expect(q.counted.thing).toBe("people");
      expect(q.counted.role).toBe("killed");
    });
});

describe("an aftershock's magnitude is not the earthquake's", () => {
  const cases: { sentence: string; at: string; aftershock: boolean }[] = [
    { sentence: "A total of 49 aftershocks were recorded by noon, with the strongest measuring 4.4 magnitude.", at: "4.4", aftershock: true },
    { sentence: "Aftershocks with a magnitude of 3 or higher are continuing.", at: "3", aftershock: true },
    { sentence: "The main shock was followed by seven aftershocks ranging from magnitude 4.3 to 5.0.", at: "4.3 to 5.0", aftershock: true },
    { sentence: "Officials reported a magnitude 6 aftershock on Sunday afternoon.", at: "magnitude 6", aftershock: true },
    { sentence: "Wednesday morning's 5.8-magnitude aftershock brought down more walls.", at: "5.8", aftershock: true },
    { sentence: "A strong foreshock of magnitude 5.1 rattled the town two days earlier.", at: "5.1", aftershock: true },
    // the earthquake's own magnitude, with aftershocks named elsewhere in the sentence
    { sentence: "The 6.8-magnitude earthquake was followed by dozens of aftershocks.", at: "6.8", aftershock: false },
    { sentence: "The quake, which was followed by 40 aftershocks, had a magnitude of 6.8.", at: "6.8", aftershock: false },
    { sentence: "The US Geological Survey put the quake's magnitude at 7.1.", at: "7.1", aftershock: false },
  ];
  for (const c of cases)
    it(`${c.sentence} → “${c.at}”${c.aftershock ? " of an aftershock" : " of the earthquake"}`, () => {
      const q = one(c.sentence, c.at);
      expect(q.counted.thing).toBe(c.aftershock ? "magnitude:aftershock" : "magnitude");
    });
});

describe("a conflict's subject reads as a person would write it", () => {
  const cases: { sentence: string; at: string; subject: string }[] = [
    { sentence: "Fifty-three people were killed and 62 others injured in Kessel.", at: "62", subject: "number of people wounded in Kessel" },
    { sentence: "The quake killed 126 people and injured 188 others in Kessel.", at: "188", subject: "number of people wounded in Kessel" },
    { sentence: "The 6.8-magnitude earthquake struck Kessel at dawn.", at: "6.8", subject: "magnitude of the earthquake" },
    { sentence: "The quake had a magnitude of 7.1, the survey said.", at: "7.1", subject: "magnitude" },
    { sentence: "A total of 49 aftershocks were recorded, with the strongest measuring 4.4 magnitude.", at: "4.4", subject: "magnitude of the aftershocks" },
    { sentence: "About 40 people were killed in Kessel.", at: "40", subject: "number of people killed in Kessel" },
  ];
  for (const c of cases) it(`${c.sentence} → ${c.subject}`, () => expect(subjectOf(one(c.sentence, c.at))).toBe(c.subject));
});

describe("a disaster that strikes or hits is no attack", () => {
  const cases: { sentence: string; at: string; event: string }[] = [
    { sentence: "The earthquake, registering 7.1 on the Richter scale, hit early on Tuesday morning.", at: "Tuesday", event: "earthquake" },
    { sentence: "A magnitude-6.4 quake struck the mountain district on Monday.", at: "Monday", event: "earthquake" },
    { sentence: "The typhoon, packing winds of 180 km/h, struck the island on Sunday.", at: "Sunday", event: "occur" },
    { sentence: "Flash floods hit three villages on Friday night.", at: "Friday", event: "flood" },
    // someone who attacks stands between the disaster and the verb
    { sentence: "After the earthquake, troops struck rebel positions on Tuesday.", at: "Tuesday", event: "attack" },
    { sentence: "Drones hit an oil depot on Thursday.", at: "Thursday", event: "attack" },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.event}`, () => {
      const text = DATED + c.sentence;
      const over = claimsOver(dates(text), text, c.at);
      expect(over.length).toBe(1);
      expect(over[0].event[0]).toBe(c.event);
    });
});

describe("a date line of fields set apart by dashes", () => {
  it.each([
    ["2:03 PM – Tuesday, January 7, 2025", "2025-01-07"],
    ["Updated 08:15 GMT — 7 January 2025", "2025-01-07"],
    ["World - January 7, 2025", "2025-01-07"],
  ])("%s → %s", (line, date) => {
    const d = analyze(`${line}\n\nAt least 126 people were killed on Tuesday, officials said.`);
    expect(d.source.date).toBe(date);
    expect(d.source.dateFrom).toBe("dateline");
  });
});

describe("a people's adjective before a noun names no place", () => {
  it.each([
    ["Authorities in the southeastern Telurian country of Kessel said they seized 2 tonnes of cocaine.", "2 tonnes", "telurian"],
    ["Customs officers in the Varnesian port of Ostrel seized 2.3 tonnes of cocaine.", "2.3 tonnes", "varnesian"],
  ])("%s", (sentence, at, adjective) => {
    const q = one(sentence, at);
    expect(q.counted.scope.places).not.toContain(adjective);
  });
});
