import { describe, expect, it } from "vitest";
import { dates, oneFigure, pairTable, quotes, show } from "./helpers.js";

// Rules found by running the engine on real published reports of public affairs (session 8): a court's
// sentence against the sentence sought, the most a charge carries and the time a convict may serve; a
// weekday in a sentence whose quotation runs on into the next; a party's seats after "securing only"
// and seats lost; seats "left to declare"; people displaced on each side of a border; a quotation in the
// paragraph after "… said:". Sentences written for the tests, in several outlets' styles; places,
// courts and parties invented, no person named.

const DATED = "Report\nMarch 14, 2026\n\n";
const courtTable = (cases: Parameters<typeof pairTable>[1]) => pairTable("quantity", cases, ["March 14, 2026", "March 14, 2026"]);

describe("a sentence imposed is not the sentence sought, the most the charges carry, or the time to be served", () => {
  it.each([
    // wire: the prosecutors' request, the defence's, the maximum, all in one sentence each
    ["The former chief executive faced up to 110 years under federal sentencing guidelines, but prosecutors had called for the judge to sentence him to between 40 and 50 years in prison.", "between 40 and 50", "sought by prosecution"],
    ["The former chief executive faced up to 110 years under federal sentencing guidelines, but prosecutors had called for the judge to sentence him to between 40 and 50 years in prison.", "up to 110", "maximum"],
    ["His attorneys had argued for a sentence of no more than six years, saying he was unlikely to reoffend.", "six", "sought by defence"],
    ["The ruling diverged from the prosecution’s request for a 40 to 50-year imprisonment.", "40 to 50", "sought by prosecution"],
    ["The judge exceeded the defence's plea for a five-year term.", "five", "sought by defence"],
    ["Prosecutors had sought a 12-year prison term for the former minister.", "12", "sought by prosecution"],
    // British: the charges carry, a potential sentence, "could have faced"
    ["The fraud charges carried a potential sentence of up to 115 years in prison.", "up to 115", "maximum"],
    ["The sentence falls short of the more than 100 years he could have faced under the guidelines.", "more than 100", "maximum"],
    ["Each count carries a maximum sentence of 20 years in jail.", "20 years", "maximum"],
    // a forecast of the time served
    ["He will probably serve 17 to 20 years in prison, consultants said.", "17 to 20", "expected to serve"],
    ["The former banker is likely to serve about 15 years behind bars.", "about 15", "expected to serve"],
    // the sentence itself keeps its role
    ["A federal judge on Thursday sentenced the former executive to 25 years in prison.", "25", "sentenced"],
    ["The court jailed the former mayor for 12 years.", "12", "sentenced"],
  ])("%s → “%s” %s", (sentence, at, role) => {
    expect(oneFigure(DATED + sentence, at).counted.role).toBe(role);
  });

  courtTable([
    { a: "A federal judge in Varnholm sentenced the former chief executive to 25 years in prison.", b: "The former chief executive faced up to 110 years in prison in Varnholm, but prosecutors had called for a sentence of between 40 and 50 years.", conflict: false },
    { a: "The former chief executive was sentenced to 25 years in prison in Varnholm.", b: "The former chief executive will probably serve 17 to 20 years in prison in Varnholm, consultants said.", conflict: false },
    { a: "In Varnholm the fraud charges carried a potential sentence of up to 115 years in prison.", b: "The former chief executive faced up to 110 years in prison in Varnholm.", conflict: true },
    { a: "Prosecutors in Varnholm had asked for a sentence of 50 years in prison.", b: "The defence in Varnholm had argued for a sentence of no more than six years in prison.", conflict: false },
    { a: "The former chief executive was sentenced to 25 years in prison in Varnholm.", b: "A court in Varnholm jailed the former chief executive for 24 years.", conflict: true },
    // other convicts' terms, set beside this one for comparison, are other cases
    {
      a: "A court in Varnholm sentenced the former chief executive to 25 years in prison.",
      b: "The former chief executive was sentenced to 25 years in prison in Varnholm. The term puts him at the high end of fraud cases: the Mayor of Orvin received a 150-year sentence and the Treasurer of Kelso was sentenced to 11 years.",
      conflict: false,
    },
  ]);
});

describe("a weekday in a sentence whose quotation runs on is read in the narration's tense", () => {
  it.each([
    ["At the hearing Thursday, the judge said the sentence reflected “that there is a risk that this man will be in a position to do harm in the future. And it is not a trivial risk.”", "Thursday", "2026-03-12"],
    ["On Thursday the minister said that “the budget will be balanced by next spring. We will not raise taxes.”", "Thursday", "2026-03-12"],
  ])("%s → %s is %s", (sentence, at, day) => {
    const d = dates(DATED + sentence).find((x) => x.span.text === at);
    expect(d?.resolved?.start, show(d)).toBe(day);
  });
});

describe("seats: whose after “securing only”, seats lost, seats still to declare", () => {
  it.each([
    ["The Conservative Union, under the prime minister, suffered a devastating defeat, securing only 131 seats.", "131", "conservative union"],
    ["The Liberal League have made significant gains, winning just 61 seats.", "61", "liberal league"],
  ])("%s → owner of “%s” is %s", (sentence, at, owner) => {
    expect(oneFigure(DATED + sentence, at).counted.owner).toBe(owner);
  });
  it.each([
    ["The Labour Front currently have 412 seats with three seats left to declare.", "412", "labour front"],
    ["The Liberal League are set to be the third biggest party in the House, with at least 71 seats in the new parliament.", "at least 71", "liberal league"],
  ])("%s → owner of “%s” is %s", (sentence, at, owner) => {
    expect(oneFigure(DATED + sentence, at).counted.owner).toBe(owner);
  });
  it("“the Conservatives” and “the Conservative Party” are one owner of seats", () => {
    const a = oneFigure(DATED + "The Conservatives secured 121 seats.", "121").counted.owner;
    const b = oneFigure(DATED + "The Conservative Party suffered a defeat, securing only 131 seats.", "131").counted.owner;
    expect(a).toBe(b);
  });
  it("“120 or so of the 650 seats” counts out of a whole of 650", () => {
    const c = oneFigure(DATED + "The party will have just 120 or so of the 650 seats in Parliament.", "120 or so");
    expect(c.of).toBe(650);
  });
  it.each([
    ["This represents a loss of 215 seats from their previous position.", "215"],
    ["The party gained a net 63 seats on its last result.", "63"],
  ])("%s → “%s” is no count of seats won", (sentence, at) => {
    expect(oneFigure(DATED + sentence, at).counted.role).not.toBe("won");
  });
  it.each([
    ["With just one seat left to declare, the Labour Front can boast a majority of 176.", "one"],
    ["The Labour Front currently has 412 seats with three seats left to declare.", "three"],
  ])("%s → “%s” left to declare is no one displaced", (sentence, at) => {
    expect(oneFigure(DATED + sentence, at).counted.role).not.toBe("displaced");
  });
  pairTable("quantity", [
    { a: "The Labour Front won 412 seats in the 650-seat House in Varnholm, while the Conservative Union secured 121.", b: "In Varnholm the Conservative Union suffered a devastating defeat, securing only 131 seats. This represents a loss of 215 seats from their previous position.", conflict: false },
    { a: "In Varnholm the Conservative Union secured 121 seats.", b: "In Varnholm the Conservative Union suffered a devastating defeat, securing only 131 seats.", conflict: true },
    { a: "In Varnholm the Conservatives secured 121 seats, the Liberal League 71.", b: "In Varnholm the Conservative Party suffered a devastating defeat, securing only 131 seats.", conflict: true },
    { a: "In Varnholm the Liberal League are set to be the third biggest party, with at least 71 seats.", b: "In Varnholm the Liberal League have made significant gains, winning 61 seats.", conflict: true },
    { a: "In Varnholm the Labour Front currently have 412 seats.", b: "In Varnholm the Liberal League have made significant gains, winning 61 seats.", conflict: false },
    { a: "In Varnholm, with just one seat left to declare, the Labour Front has a majority of 176.", b: "In Varnholm the Labour Front has 412 seats with three seats left to declare.", conflict: false },
  ], ["July 5, 2026", "July 5, 2026"]);
});

describe("people displaced on each side: “X in A and Y more in B” gives each figure its place", () => {
  it.each([
    ["The war has forced tens of thousands of people in Northland and hundreds of thousands more in Southmark to flee their homes.", "tens of thousands", "northland"],
    ["The war has forced tens of thousands of people in Northland and hundreds of thousands more in Southmark to flee their homes.", "hundreds of thousands", "southmark"],
    ["Some 60,000 residents in Northland and 90,000 in Southmark have left their homes.", "60,000", "northland"],
  ])("%s → “%s” in %s only", (sentence, at, place) => {
    expect(oneFigure(DATED + sentence, at).counted.scope.places).toEqual([place]);
  });
  pairTable("quantity", [
    { a: "The war has forced tens of thousands of people in Northland and more than a million in Southmark to flee their homes.", b: "Approximately 1.2 million people in Southmark have been displaced, and some 70,000 people in Northland.", conflict: false },
    { a: "The war has forced tens of thousands of people in Northland and 300,000 more in Southmark to flee their homes.", b: "Approximately 1.2 million people in Southmark have been displaced, and some 70,000 in Northland.", conflict: true },
  ], ["November 27, 2026", "November 30, 2026"]);
  // a nation's people, counted with no place, are not a count in another country
  pairTable("quantity", [
    { a: "The war has forced tens of thousands of people in Drevania and more than a million in Teluria to flee their homes.", b: "Around 70,000 Drevanians have been displaced, and approximately 1.2 million Telurians.", conflict: false },
    { a: "The war has forced tens of thousands of people in Drevania to flee their homes.", b: "Approximately 1.2 million Telurians have been displaced by the war.", conflict: false },
    { a: "The war has forced tens of thousands of people in Drevania to flee their homes.", b: "Strikes in Drevania and in Teluria went on for months. Around 70,000 Drevanians and approximately 1.2 million Telurians have been displaced.", conflict: false },
  ], ["November 27, 2026", "November 30, 2026"]);
});

describe("a quotation in the paragraph after “… said:” is the speaker's", () => {
  it.each([
    ["The minister for trade spoke to reporters on Monday.\n\nSpeaking outside his office the outgoing prime minister said:\n\n“I have given this job my all and I take responsibility for this loss.”", "prime minister"],
    ["The opposition leader had conceded earlier.\n\nIn a statement, the chair of the commission said:\n“The count was free and fair.”", "chair of the commission"],
  ])("%s → %s", (text, speaker) => {
    const q = quotes(DATED + text).find((x) => x.quote.length > 20);
    expect(q?.attribution?.speaker, show(q)).toContain(speaker);
  });
});

describe("a statement quoted at length by one outlet and reworded in part by another", () => {
  const LONG = "Speaking outside his office the outgoing prime minister said:\n\n“I have given this job my all but you have sent a clear signal that the government of Varnholm must change and yours is the only judgment that matters. I have heard your anger, your disappointment. And I take responsibility for this loss.”";
  pairTable("quote", [
    { a: LONG, b: "In his last speech in office, the outgoing prime minister said, “I have given this job my all. But you have sent a clearer message, and yours is the only judgement that matters.”", conflict: true },
    { a: LONG, b: "The outgoing prime minister said: “I have given this job my all but you have sent a clear signal that the government of Varnholm must change and yours is the only judgment that matters. I have heard your anger, your disappointment.”", conflict: false },
    { a: LONG, b: "The outgoing prime minister said: “I have heard your anger, your disappointment. And I take responsibility for this loss.”", conflict: false },
  ], ["July 5, 2026", "July 5, 2026"]);
});

describe("a street or a square ends a name", () => {
  it("“in Kelso Street Talmora Police said” names a street and a police force", async () => {
    const { findNames } = await import("../src/extract/names.js");
    expect(findNames("Crowds gathered in Kelso Street Talmora Police said.").map((n) => n.text)).toEqual(["Kelso Street", "Talmora Police"]);
  });
});

describe("a crowd: “several hundred thousand”, “took to the streets”, protesters and people", () => {
  it.each([
    ["Several hundred thousand people rallied in Orvin on Saturday.", "Several hundred thousand", 200000, 999999],
    ["A few thousand people marched through Orvin.", "A few thousand", 2000, 5000],
  ])("%s → “%s” is a range", (sentence, at, low, high) => {
    const c = oneFigure(DATED + sentence, at);
    expect(c.stated.low).toBeLessThanOrEqual(low);
    expect(c.stated.high).toBeGreaterThanOrEqual(high);
    expect(c.counted.role).toBe("attended");
  });
  it("“at least 100,000 people took to the streets” attended", () => {
    expect(oneFigure(DATED + "At least 100,000 people took to the streets of Orvin on Saturday.", "At least 100,000").counted.role).toBe("attended");
  });
  pairTable("quantity", [
    { a: "In Orvin, tens of thousands of protesters marched on Saturday.", b: "In Orvin, several hundred thousand people rallied on Saturday.", conflict: true },
    { a: "In Orvin, tens of thousands of citizens gathered on Saturday.", b: "Several hundred thousand people took to the streets of Orvin on Saturday.", conflict: true },
    { a: "In Orvin, at least 100,000 demonstrators took to the streets on Saturday.", b: "In Orvin, several hundred thousand people rallied on Saturday.", conflict: false },
    // the police's count and an independent count are two estimates
    { a: "In Orvin, the police estimated that 107,000 people attended on Saturday.", b: "In Orvin, an independent monitor estimated that between 275,000 and 325,000 people attended on Saturday.", conflict: false },
  ], ["March 16, 2026", "March 16, 2026"]);
});
