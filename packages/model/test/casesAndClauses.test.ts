import { describe, expect, it } from "vitest";
import { subjectOf } from "../src/index.js";
import { analyze, dates, oneFigure, pairTable, quantities, quotes } from "./helpers.js";

// Rules found on the out-of-sample corpus of a disease outbreak (test/corpora/cholera-outbreak), written
// as general news English in several outlets' styles: health bulletins, wire copy, state-media
// translations. Cases that are suspected are not cases confirmed; a second clause's verb is not the
// first clause's; a country's province is inside the country.

const DATED = "Report\nMarch 5, 2026\n\n";
const one = (sentence: string, at: string) => oneFigure(DATED + sentence, at);

/** One test per sentence: the date at `at` is the date of a happening of class `cls`. */
function happeningTable(cases: { sentence: string; at: string; cls: string }[]) {
  for (const c of cases)
    it(`${c.sentence} → ${c.cls}`, () => {
      const d = dates(DATED + c.sentence).find((x) => x.span.text.includes(c.at));
      expect(d?.event[0]).toBe(c.cls);
    });
}

describe("a figure's role is its own clause's, not a neighbour's", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    // the second term of "31 deaths and 412 confirmed cases" counts cases (people infected), not deaths
    { sentence: "Officials said 31 deaths and 412 confirmed cases had been registered in the province.", at: "412", role: "infected" },
    { sentence: "The bulletin listed 9 fatalities and 140 infections since Monday.", at: "140", role: "infected" },
    // a second verb after "and has" starts its own clause
    { sentence: "The government has set up 16 treatment centres across the province and has banned the sale of street food.", at: "16", role: "unspecified" },
    { sentence: "The company has hired 300 engineers this year and has closed two plants.", at: "300", role: "employed" },
    // patients still in hospital are hospitalised
    { sentence: "Some 96 patients remain in hospital, according to provincial officials.", at: "96", role: "hospitalised" },
    { sentence: "Forty people were still in hospital on Tuesday night, the health board said.", at: "Forty", role: "hospitalised" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.role}`, () => expect(one(c.sentence, c.at).counted.role).toBe(c.role));
});

describe("a toll whose noun is left out is still a count of people", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The outbreak has sickened more than 400 people and killed 23, officials said Thursday.", at: "23", role: "killed" },
    { sentence: "The storm injured 80 people and killed 12 as it crossed the island.", at: "12", role: "killed" },
    { sentence: "Fighting has killed 40 civilians and wounded 130, the United Nations said.", at: "130", role: "wounded" },
  ];
  for (const c of cases)
    it(`${c.sentence} → “${c.at}” ${c.role}`, () => {
      const q = one(c.sentence, c.at);
      expect(q.counted.role).toBe(c.role);
      expect(["people", "civilian"]).toContain(q.counted.thing);
    });
});

describe("the speaker is the office, not the place it serves in", () => {
  const cases: { sentence: string; speaker: RegExp }[] = [
    { sentence: "“The coming two weeks will be decisive,” the WHO representative in Belmora said.", speaker: /representative/i },
    { sentence: "“We have enough food for a month,” the UN coordinator in the region told reporters.", speaker: /coordinator/i },
    { sentence: "“The border stays open,” the French ambassador in Kessel said on Monday.", speaker: /ambassador/i },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.speaker}`, () => {
      const q = quotes(DATED + c.sentence);
      expect(q.length).toBe(1);
      expect(q[0].attribution?.speaker ?? "").toMatch(c.speaker);
    });
});

describe("a weekday after an infinitive of what is planned lies ahead", () => {
  const cases: { sentence: string; at: string; day: string }[] = [
    { sentence: "The WHO provided vaccines for a campaign to start on Saturday.", at: "Saturday", day: "2026-03-07" },
    { sentence: "Talks are expected to resume on Monday in the capital.", at: "Monday", day: "2026-03-09" },
    { sentence: "The union plans to walk out on Tuesday.", at: "Tuesday", day: "2026-03-10" },
    // a past infinitive stays past
    { sentence: "The ministry moved to close the schools on Monday.", at: "Monday", day: "2026-03-02" },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.day}`, () => {
      const d = dates(DATED + c.sentence).find((x) => x.span.text.includes(c.at));
      expect(d?.resolved?.start).toBe(c.day);
    });
});

describe("a country's province, written with the possessive, is inside the country", () => {
  const cases: { sentence: string; link: [string, string] }[] = [
    { sentence: "A cholera outbreak in Belmora's coastal Nerato province has killed 23 people.", link: ["nerato", "belmora"] },
    { sentence: "Rescuers reached villages in Varsenia's southern Hatlo region on Sunday.", link: ["hatlo", "varsenia"] },
    { sentence: "The fire broke out in Talmora’s Orvin district overnight.", link: ["orvin", "talmora"] },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.link.join(" in ")}`, () => {
      const links = analyze(DATED + c.sentence).placeLinks ?? [];
      expect(links).toContain([...c.link].sort().join("|"));
    });
});

describe("suspected cases are not confirmed ones", () => {
  pairTable(
    "quantity",
    [
      { a: "Health workers in Nerato province have recorded 1,180 suspected cases.", b: "Nerato province has 389 confirmed cases, the ministry said.", conflict: false },
      { a: "Health workers in Nerato province have recorded 1,180 suspected cases.", b: "Nerato province has 389 cases, the ministry said.", conflict: false },
      { a: "Nerato province has 412 laboratory-confirmed cases, the ministry said.", b: "Nerato province has 389 confirmed cases, the ministry said.", conflict: true },
      { a: "In Nerato province, laboratory tests have confirmed 412 cases, the ministry said.", b: "Nerato province has 389 confirmed cases, the ministry said.", conflict: true },
      { a: "There are 60 probable cases in Nerato province.", b: "There are 45 confirmed cases in Nerato province.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("a short statement quoted word for word is still one statement to credit", () => {
  pairTable(
    "attribution",
    [
      { a: "“The coming two weeks will be decisive,” the WHO representative in Belmora said.", b: "“The coming two weeks will be decisive,” Belmora's health minister said on Wednesday.", conflict: true },
      { a: "“Schools will stay closed until further notice,” the mayor of Sauli said.", b: "“Schools will stay closed until further notice,” the provincial governor said on a visit to Sauli.", conflict: true },
      // stock phrases are anyone's
      { a: "“We are doing everything we can,” the mayor of Sauli said.", b: "“We are doing everything we can,” the health minister said.", conflict: false },
      { a: "“We will not give up,” the mayor of Sauli said.", b: "“We will not give up,” the provincial governor said.", conflict: false },
      { a: "“This is a very difficult situation,” the mayor of Sauli said.", b: "“This is a very difficult situation,” the provincial governor said.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("what a conflict is about reads as a person would say it", () => {
  const cases: { sentence: string; at: string; subject: string }[] = [
    { sentence: "The outbreak has caused 11 deaths in Kessel, officials said.", at: "11", subject: "number of deaths in Kessel" },
    { sentence: "The storm left 40 injuries in Kessel, the hospital said.", at: "40", subject: "number of injuries in Kessel" },
    { sentence: "The storm killed 12 people in Kessel.", at: "12", subject: "number of people killed in Kessel" },
    { sentence: "In Kessel, 389 confirmed cases have been recorded, the ministry said.", at: "389", subject: "number of confirmed cases in Kessel" },
    // a disease named after a place is no place
    { sentence: "An outbreak of Marburg virus has caused 11 deaths, the ministry said.", at: "11", subject: "number of deaths" },
  ];
  for (const c of cases) it(`${c.sentence} → ${c.subject}`, () => expect(subjectOf(one(c.sentence, c.at))).toBe(c.subject));
});

describe("the day of an outbreak's first case is that happening's, not an announcement's", () => {
  const cases: { sentence: string; at: string; cls: string }[] = [
    { sentence: "The ministry declared the outbreak on Monday, nine days after the first case was confirmed on February 21 in Sauli.", at: "February 21", cls: "first" },
    { sentence: "According to the director, the first case was recorded on February 19 in the locality of Sauli.", at: "February 19", cls: "first" },
    { sentence: "The country's first death from the virus was reported on 1 March in the port of Tamsa.", at: "1 March", cls: "first" },
    // a reporting verb right before the day is still the announcement when no first case is named
    { sentence: "Officials said on Monday that 40 people had died in Sauli.", at: "Monday", cls: "announce" },
  ];
  happeningTable(cases);
  pairTable(
    "date",
    [
      { a: "The first case was confirmed on February 21 in Sauli, a village in Nerato province.", b: "In Nerato province, the first case was recorded on February 19 in Sauli.", conflict: true },
      { a: "The first case was confirmed on February 21 in Sauli, a village in Nerato province.", b: "The ministry said on February 19 that it was watching Sauli closely.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("an outbreak is a disease's, placed where it struck, unless it is a war's", () => {
  const cases: { sentence: string; at: string; cls: string }[] = [
    { sentence: "The ministry declared the cholera outbreak on Monday in Nerato province.", at: "Monday", cls: "epidemic" },
    { sentence: "Health officials declared an outbreak of measles on 2 March in the northern districts.", at: "2 March", cls: "epidemic" },
    { sentence: "Refugees have streamed west since the outbreak of war on 24 February 2022.", at: "24 February 2022", cls: "outbreak" },
    { sentence: "Thousands fled after the outbreak of fighting on Saturday in the capital.", at: "Saturday", cls: "outbreak" },
    { sentence: "Troops crossed the border on Thursday in a full-scale invasion.", at: "Thursday", cls: "outbreak" },
  ];
  happeningTable(cases);
  // a disease's outbreak is placed by the places the articles are about, as a disaster is: the
  // sentence need not name one
  pairTable(
    "date",
    [
      { a: "Cholera has spread across Nerato province. The outbreak, which the ministry declared on Monday, has filled the hospitals.", b: "The ministry declared the outbreak in Nerato province on Tuesday.", conflict: true },
      { a: "Cholera has spread across Nerato province. The outbreak, which the ministry declared on Monday, has filled the hospitals.", b: "Cholera has spread across the Veland valley. The ministry declared the outbreak on Tuesday.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("a clause that makes a happening known, hung on the happening's noun, dates the happening", () => {
  const cases: { sentence: string; at: string; cls: string }[] = [
    { sentence: "The outbreak, which the health ministry declared on Monday, has overwhelmed the hospital in Sauli.", at: "Monday", cls: "epidemic" },
    { sentence: "The outbreak, which was declared on Monday, has killed 31 people.", at: "Monday", cls: "epidemic" },
    { sentence: "The outbreak, declared by the ministry on Monday, has killed 31 people.", at: "Monday", cls: "epidemic" },
    { sentence: "The evacuation, which officials announced on Tuesday, emptied three villages.", at: "Tuesday", cls: "evacuate" },
    { sentence: "The deal, announced by both companies on 3 March, values the carrier at $2bn.", at: "3 March", cls: "sign" },
    // no happening's noun before the clause: the announcement's day
    { sentence: "The minister, who announced the measures on Monday, said the schools would close.", at: "Monday", cls: "announce" },
    { sentence: "The outbreak has killed 31 people, the ministry said on Monday.", at: "Monday", cls: "announce" },
    // set off by commas but no clause of the noun's: the ministry spoke on Monday
    { sentence: "The outbreak, the ministry said on Monday, has killed 31 people.", at: "Monday", cls: "announce" },
  ];
  happeningTable(cases);
  pairTable(
    "date",
    [
      { a: "The outbreak in Nerato province, which the health ministry declared on Monday, has overwhelmed the hospital.", b: "The health ministry declared the outbreak on Tuesday after cases surged in Nerato province.", conflict: true },
      { a: "The outbreak in Nerato province, which the health ministry declared on Tuesday, has overwhelmed the hospital.", b: "The health ministry declared the outbreak on Tuesday after cases surged in Nerato province.", conflict: false },
      { a: "The outbreak in Nerato province, the health ministry said on Monday, has overwhelmed the hospital.", b: "The health ministry declared the outbreak on Tuesday after cases surged in Nerato province.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("a name inside a phrase of place owns no figure", () => {
  it.each([
    ["A cholera outbreak in the West African nation of Belmora has sickened more than 400 people and killed 23, officials said Thursday.", "23", undefined],
    ["Flooding in the Veland region has injured 40 people and killed 12, the agency said.", "12", undefined],
    ["An outbreak in the nation of Belmora has sickened more than 400 people.", "400", undefined],
    ["Heavy rain in Veland has left 300 homes under water.", "300", undefined],
    // the subject still owns what it did
    ["The Unity Party received 1,682,417 votes and will have 87 mandates.", "87", "uniti"],
  ])("%s → owner of “%s” is %s", (sentence, at, owner) => {
    // (an owner is kept as its name's key)
    expect(one(sentence, at).counted.owner).toBe(owner);
  });
});

describe("“the province” is the one province the article names", () => {
  const text = (body: string) => `${DATED}Cholera has spread through the coastal province of Nerato since February.\n\n${body}`;
  it.each([
    ["The government has set up 6 treatment centres across the province.", "6 treatment", ["nerato"]],
    ["Eight treatment centres have opened in the province, officials said.", "Eight", ["nerato"]],
  ])("%s → “%s” in %j", (body, at, places) => {
    expect(oneFigure(text(body), at).counted.scope.places).toEqual(places);
  });
  it("two provinces named: “the province” is left unread", () => {
    const two = `${DATED}Cholera has spread from Nerato province into Vessa province.\n\nEight treatment centres have opened in the province, officials said.`;
    expect(oneFigure(two, "Eight").counted.scope.places).toEqual([]);
  });
  pairTable(
    "quantity",
    [
      { a: "Cholera has spread through the coastal province of Nerato since February. The government has set up 6 treatment centres across the province.", b: "The ministry has opened eight treatment centres in Nerato province.", conflict: true },
      { a: "Cholera has spread through the coastal province of Nerato since February. The government has set up 6 treatment centres across the province.", b: "The ministry has opened eight treatment centres in Vessa province.", conflict: false },
    ],
    ["March 5, 2026", "March 5, 2026"],
  );
});

describe("“one-off”, “one-time”, “one-sided” are adjectives, not counts", () => {
  it.each([
    ["One-off restructuring costs are expected to be £85m.", "£85m"],
    ["The firm made a one-time payment of £4m to settle the claim.", "£4m"],
    ["It was a one-sided contest, decided by 42 points.", "42"],
  ])("%s → only %s", (sentence, figure) => {
    expect(quantities(DATED + sentence).map((q) => q.span.text)).toEqual([figure]);
  });
  it("“one-day strike” still counts a day", () => {
    expect(quantities(`${DATED}Nurses held a one-day strike on Tuesday.`).map((q) => q.span.text)).toEqual(["one-day"]);
  });
});
