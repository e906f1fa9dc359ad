import { describe, expect, it } from "vitest";
import type { Conflict } from "../src/index.js";
import { quantities, quotes, show, pairTable, type Pair } from "./helpers.js";

// Rules found on the held-out corpora (test/corpora): each table gives sentences of two reports of one
// happening, and whether a disagreement of the kind is expected between them.

const table = (kind: Conflict["kind"], cases: Pair[]) => pairTable(kind, cases, ["March 3, 2025", "March 3, 2025"]);

describe("a figure of an earlier year belongs to that year", () => {
  table("quantity", [
    // the figure of another, earlier quake in the same place
    { a: "An earthquake in Veshtar province in 2011 killed about 300 people.", b: "The earthquake in Veshtar province killed 212 people.", conflict: false },
    { a: "Brantek cut about 2,000 jobs in Ostrev in 2023.", b: "Brantek will cut 4,500 jobs in Ostrev.", conflict: false },
    { a: "During 2019 the flood in Veshtar province forced 3,000 people from their homes.", b: "The flood in Veshtar province forced 9,000 people from their homes.", conflict: false },
    // the same earlier year on both sides: still one figure
    { a: "An earthquake in Veshtar province in 2011 killed about 300 people.", b: "The 2011 earthquake in Veshtar province killed about 500 people.", conflict: true },
    // "since 2011" bounds a period that runs to now: no earlier happening
    { a: "Since 2011, 300 people have been killed in Veshtar province.", b: "Since 2011, 500 people have been killed in Veshtar province.", conflict: true },
    // a month or a day more than a year before the report sets the figure in that year too
    { a: "The firm last cut jobs in Ostrev two years ago, when around 2,000 positions were removed.", b: "Brantek will cut 4,500 jobs in Ostrev.", conflict: false },
    { a: "In March 2023, Brantek cut 2,000 jobs in Ostrev.", b: "Brantek will cut 4,500 jobs in Ostrev.", conflict: false },
    // this year's figures are compared as before
    { a: "The earthquake in Veshtar province killed 212 people.", b: "The earthquake in Veshtar province killed 268 people.", conflict: true },
  ]);
});

describe("a count worded as risen to a new figure updates an earlier report's", () => {
  table("quantity", [
    // the later report says the count has grown: a smaller figure published before it is not contradicted
    { a: "The earthquake in Veshtar province killed 212 people.", b: "The number of people killed in the earthquake in Veshtar province has risen to 268.", dates: ["March 3, 2025", "March 5, 2025"], conflict: false },
    { a: "In Aldun, 1,147 people were injured.", b: "In Aldun, the number of injured has risen to more than 1,300.", dates: ["March 3, 2025", "March 5, 2025"], conflict: false },
    { a: "The flood in Velden killed 14 people.", b: "The death toll from the flood in Velden climbed to 19 on Tuesday.", dates: ["May 2, 2024", "May 4, 2024"], conflict: false },
    // a later figure that is smaller is no update of the earlier one
    { a: "The earthquake in Veshtar province killed 212 people.", b: "The number of people killed in the earthquake in Veshtar province has risen to 150.", dates: ["March 3, 2025", "March 5, 2025"], conflict: true },
    // the rise is told by the earlier report: the later one still contradicts it
    { a: "The number of people killed in the earthquake in Veshtar province has risen to 268.", b: "The earthquake in Veshtar province killed 212 people.", dates: ["March 3, 2025", "March 5, 2025"], conflict: true },
    // published on one day: two counts of one moment
    { a: "The earthquake in Veshtar province killed 212 people.", b: "The number of people killed in the earthquake in Veshtar province has risen to 268.", conflict: true },
    // no word of a rise
    { a: "The earthquake in Veshtar province killed 212 people.", b: "The earthquake in Veshtar province killed 268 people.", dates: ["March 3, 2025", "March 5, 2025"], conflict: true },
  ]);
});

describe("a population is compared only when both sentences name the place", () => {
  const about = " Rescuers reached Aldun and villages in Veshtar province. Aid flights landed in Aldun, the capital of Veshtar province.";
  table("quantity", [
    // a city's and its province's populations share the places the articles are about, not the sentence's
    { a: "The epicentre was north of Aldun, the provincial capital, a city of some 450,000 people." + about, b: "The province is home to about 1.2 million people." + about, conflict: false },
    { a: "The city has some 450,000 inhabitants." + about, b: "The region is home to about 1.2 million people." + about, conflict: false },
    // one place named in both sentences: one population
    { a: "In Aldun, home to some 450,000 people, the power failed." + about, b: "In Aldun, a town of about 600,000 people, the lights went out." + about, conflict: true },
  ]);
});

// the claims an article yields, one sentence at a time

interface Figure {
  sentence: string;
  at: string;
  text?: string;
  unit?: string;
  thing?: string;
  noun?: string;
  role?: string;
}

function figures(cases: Figure[]) {
  for (const c of cases) {
    it(`${c.sentence} → ${c.at}`, () => {
      const all = quantities(c.sentence);
      const over = all.filter((q) => q.span.text.includes(c.at) || c.at.includes(q.span.text));
      expect(over.length, `one figure over “${c.at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
      const q = over[0];
      if (c.text) expect(q.span.text, show(q)).toBe(c.text);
      if (c.unit) expect(q.unit, show(q)).toBe(c.unit);
      if (c.thing) expect(q.counted.thing, show(q)).toBe(c.thing);
      if (c.noun) expect(q.counted.noun, show(q)).toBe(c.noun);
      if (c.role) expect(q.counted.role, show(q)).toBe(c.role);
    });
  }
}

describe("a percent sign right after the figure is its unit", () => {
  figures([
    { sentence: "The company will cut 4,500 jobs, or about 12% of its workforce.", at: "12", text: "about 12%", unit: "%", thing: "percent:worker", noun: "workforce" },
    { sentence: "Brantek shares rose 6% in Frankfurt.", at: "6", text: "6%", unit: "%" },
    { sentence: "Turnout was 61.5%, the commission said.", at: "61.5", text: "61.5%", unit: "%" },
    { sentence: "The cuts amount to around 14 per cent of its staff.", at: "14", text: "around 14 per cent", unit: "per cent" },
  ]);
});

describe("sums in different currencies are not compared", () => {
  table("quantity", [
    { a: "Brantek will save $1.2 billion a year in Ostrev.", b: "Brantek will save £900m a year in Ostrev.", conflict: false },
    { a: "In Tarnova, the former mayor embezzled $21 million.", b: "In Tarnova, the former mayor embezzled €18m.", conflict: false },
    { a: "In Tarnova, the former mayor embezzled 18 million euros.", b: "In Tarnova, the former mayor embezzled £15.6m.", conflict: false },
    // one currency, written two ways
    { a: "In Tarnova, the former mayor embezzled 18 million euros.", b: "In Tarnova, the former mayor embezzled more than €20 million.", conflict: true },
    { a: "Brantek will save $1.2 billion a year in Ostrev.", b: "Brantek will save $900m a year in Ostrev.", conflict: true },
  ]);
});

describe("what a sum of money is", () => {
  figures([
    { sentence: "It expects to book a restructuring charge of $450 million, most of it this year.", at: "$450 million", thing: "money:cost", noun: "cost" },
    { sentence: "It expects restructuring costs of $540m.", at: "$540m", thing: "money:cost" },
    { sentence: "The plan is meant to save $1.2 billion a year.", at: "$1.2 billion", thing: "money:savings", noun: "savings" },
    { sentence: "The program would deliver roughly $1.2bn in annual savings once completed.", at: "$1.2bn", thing: "money:savings" },
    { sentence: "He was convicted of embezzling about 18 million euros from the city.", at: "18 million euros", thing: "money:embezzled" },
    { sentence: "More than €20 million earmarked for the bridge was siphoned off.", at: "€20 million", thing: "money:embezzled" },
    { sentence: "The court also fined him 2.4 million euros.", at: "2.4 million euros", thing: "money:fine", noun: "fine" },
    { sentence: "Revenue fell 9% last year to $11.4 billion.", at: "$11.4 billion", thing: "money:revenue" },
    { sentence: "The bridge was supposed to cost €45 million in total.", at: "€45 million", thing: "money:cost" },
    // the verb may come well after the sum, in its clause
    { sentence: "According to the indictment, more than €20 million earmarked for the bridge over the river was siphoned off.", at: "€20 million", thing: "money:embezzled" },
    // a cost drive, cost cuts: savings, not a cost
    { sentence: "Brantek to cut 4,500 jobs in $1.2 billion cost drive", at: "$1.2 billion", thing: "money:savings" },
    { sentence: "The airline unveiled £300m of cost cuts.", at: "£300m", thing: "money:savings" },
    // nothing in its clause names the sum: it stays a bare sum
    { sentence: "He embezzled €18m (£15.6m) over five years.", at: "£15.6m", thing: "money" },
    // a sum demanded, with or without the word "ransom"
    { sentence: "The attackers have demanded $5 million in cryptocurrency.", at: "$5 million", thing: "money:demand" },
    { sentence: "The criminals behind the attack are demanding a ransom of $5m.", at: "$5m", thing: "money:demand" },
    { sentence: "The hackers are seeking $10 million, paid in bitcoin.", at: "$10 million", thing: "money:demand" },
  ]);
});

describe("two sums are compared when they are the same kind of sum", () => {
  table("quantity", [
    { a: "In Ostrev, Brantek expects to book a restructuring charge of $450 million.", b: "In Ostrev, Brantek expects restructuring costs of $540m.", conflict: true },
    { a: "In Tarnova, the former mayor embezzled about 18 million euros.", b: "In Tarnova, more than €20 million was siphoned off by the former mayor.", conflict: true },
    // a fine is not the sum stolen; savings are not a charge
    { a: "In Tarnova, the court fined the former mayor 2.4 million euros.", b: "In Tarnova, the former mayor embezzled €18m.", conflict: false },
    { a: "In Ostrev, Brantek plans to save $1.2 billion a year.", b: "In Ostrev, Brantek expects restructuring costs of $540m.", conflict: false },
    { a: "In Ostrev, the hackers demanded $5 million from the hospital.", b: "In Ostrev, the hackers are seeking a ransom of $10 million from the hospital.", conflict: true },
    // a sum demanded is not a grant sought from someone else
    { a: "In Ostrev, the hackers demanded $5 million from the hospital.", b: "In Ostrev, the hospital received $10 million in emergency funding.", conflict: false },
  ]);
});

describe("jobs cut, in the words business news uses", () => {
  figures([
    { sentence: "Brantek said it would cut 4,500 jobs over two years.", at: "4,500", thing: "job", role: "cut" },
    { sentence: "The group is to axe 5,400 jobs worldwide.", at: "5,400", thing: "job", noun: "jobs", role: "cut" },
    { sentence: "It will eliminate 4,500 positions by 2027.", at: "4,500", thing: "job", role: "cut" },
    { sentence: "The bank plans to shed 2,000 posts in its retail arm.", at: "2,000", thing: "job", role: "cut" },
    { sentence: "The carrier will slash 900 roles at its head office.", at: "900", thing: "job", role: "cut" },
    { sentence: "The company axed around 2,000 positions two years ago.", at: "2,000", thing: "job", role: "cut" },
  ]);
});

describe("terms of a sentence: given, suspended, sought or a ban", () => {
  figures([
    { sentence: "A court on Tuesday sentenced the former mayor to 12 years in prison for embezzlement.", at: "12 years", role: "sentenced" },
    { sentence: "The former mayor has been jailed for 14 years after being found guilty of fraud.", at: "14 years", role: "sentenced" },
    { sentence: "He faces eight years' imprisonment if convicted.", at: "eight years", role: "sentenced" },
    { sentence: "Three officials received suspended sentences of two years each.", at: "two years", role: "suspended" },
    { sentence: "Prosecutors had asked for 15 years.", at: "15 years", role: "sought" },
    { sentence: "The prosecution demanded nine years for the former minister.", at: "nine years", role: "sought" },
    { sentence: "The court barred him from holding public office for 10 years after his release.", at: "10 years", role: "banned" },
    { sentence: "He was banned from driving for three years.", at: "three years", role: "banned" },
    // asked to leave is no sentence sought
    { sentence: "About 1,000 residents were asked to leave their homes.", at: "1,000", role: "displaced" },
  ]);
});

describe("a headcount is compared only when both sentences name the place", () => {
  const about = " Brantek has its head office in Ostrev. Brantek opened a plant in Ostrev last year.";
  table("quantity", [
    // the company, one of its divisions, one of its countries: each employs its own number
    { a: "The company employs about 38,000 people worldwide." + about, b: "The two business units for sale employ a combined 900 people." + about, conflict: false },
    { a: "The company employs about 38,000 people worldwide." + about, b: "The group has 6,000 employees at four British sites." + about, conflict: false },
    // one place named in both sentences
    { a: "In Ostrev, the company employs about 3,800 people." + about, b: "In Ostrev, the company employs 6,000 people." + about, conflict: true },
  ]);
});

describe("a percentage is a share of what follows its “of”", () => {
  figures([
    { sentence: "The company will cut 4,500 jobs, or about 12% of its workforce.", at: "12", thing: "percent:worker" },
    { sentence: "The cuts amount to around 14 per cent of its staff.", at: "14", thing: "percent:worker" },
    { sentence: "Carmakers account for more than 40% of Brantek's orders.", at: "40", thing: "percent:order" },
  ]);
  table("quantity", [
    { a: "In Ostrev, Brantek will cut about 12% of its workforce.", b: "In Ostrev, Brantek will cut around 14 per cent of its staff.", conflict: true },
    { a: "In Ostrev, Brantek will cut about 12% of its workforce.", b: "In Ostrev, carmakers account for more than 40% of Brantek's orders.", conflict: false },
  ]);
});

describe("an organisation an article is about links its figures as a place does", () => {
  table("quantity", [
    // no place at all: the company named throughout both reports is what they are about
    { a: "Brantek said it would cut 4,500 jobs. Brantek shares rose after the announcement.", b: "The engineering group Brantek is to axe 5,400 jobs. Brantek is listed in Frankfurt.", conflict: true },
    { a: "Corvella Air said 14 passengers were hospitalised. Corvella Air grounded the jet.", b: "Eleven passengers were hospitalised, Corvella Air said. Corvella Air apologised.", conflict: true },
    // named once: not what the article is about
    { a: "Brantek said it would cut 4,500 jobs.", b: "The engineering group Brantek is to axe 5,400 jobs.", conflict: false },
    // what a body does ("Health", "Security") is no part of whose it is: "Ostrev" twice
    { a: "Ostrev hospitals were hit by hackers. The Ostrev Health Trust cancelled about 4,300 appointments.", b: "The Ostrev Health Trust cancelled nearly 6,000 appointments. Ostrev hospitals remain offline.", conflict: true },
    // two different companies
    { a: "Brantek said it would cut 4,500 jobs. Brantek shares rose after the announcement.", b: "Halmor is to axe 5,400 jobs. Halmor is listed in Frankfurt.", conflict: false },
    // a body that reports on two floods in two towns does not make them one: the places decide
    {
      a: "Floods hit the town of Skarnow on Monday. Water covered the streets in Skarnow. The Red Cross said 38 people were injured. The Red Cross opened shelters.",
      b: "Floods hit the town of Pellavo on Monday. Water covered the streets in Pellavo. Nearly 100 people were injured, the Red Cross said. The Red Cross appealed for blankets.",
      conflict: false,
    },
  ]);
});

describe("a number of years with nothing said of them is no count to compare", () => {
  const about = " The court sits in Tarnova. The bridge in Tarnova is unfinished.";
  table("quantity", [
    { a: "The former mayor of Tarnova gets 12 years." + about, b: "A new contractor will complete the bridge within two years." + about, conflict: false },
    { a: "The scheme ran for more than two years." + about, b: "Work stopped for five years." + about, conflict: false },
    // a term with a role is compared
    { a: "The court sentenced the former mayor to 12 years in prison." + about, b: "The former mayor was jailed for 14 years." + about, conflict: true },
  ]);
});

describe("the crew are not passengers", () => {
  figures([
    { sentence: "The jet was carrying 178 passengers and six crew members.", at: "six", thing: "crew" },
    { sentence: "The flight had 186 passengers and six crew on board.", at: "six", thing: "crew" },
  ]);
});

describe("one witness is no count", () => {
  it("“One passenger said” counts nothing", () => {
    expect(quantities("One passenger said people were screaming and praying.").map(show)).toEqual([]);
    expect(quantities("One analyst at a London bank said the cuts were deep.").map(show)).toEqual([]);
  });
  it("“one passenger died” still counts", () => {
    expect(quantities("One passenger died in the crash.").length).toBe(1);
  });
});

// who a quote is credited to

function speakers(cases: { text: string; quote: string; speaker: string | undefined }[]) {
  for (const c of cases) {
    it(`${c.text} → ${c.speaker ?? "nobody"}`, () => {
      const q = quotes(`Report\nMarch 3, 2025\n\n${c.text}\n`).find((x) => x.quote.includes(c.quote));
      expect(q, show(q)).toBeDefined();
      expect(q!.attribution?.speaker, show(q)).toBe(c.speaker);
    });
  }
}

describe("a quote of several sentences is credited where it ends", () => {
  speakers([
    { text: "\"We are racing against the cold. Every hour counts,\" the provincial governor told reporters in Aldun.", quote: "racing against the cold", speaker: "provincial governor" },
    { text: "\"The roof fell in. We ran,\" a ministry spokeswoman told reporters at the gate.", quote: "The roof fell in", speaker: "a ministry spokeswoman" },
  ]);
});

describe("courts, airlines and their officers speak", () => {
  speakers([
    { text: "\"The defendant treated the treasury as his wallet,\" the presiding judge said as she read out the verdict.", quote: "treated the treasury", speaker: "presiding judge" },
    { text: "Reading out the verdict, the presiding judge said: \"Nobody is above the law.\"", quote: "above the law", speaker: "presiding judge" },
    { text: "\"The safety of our passengers is our first priority,\" the airline said in a statement.", quote: "safety of our passengers", speaker: "airline" },
    { text: "\"The runway will reopen at noon,\" the airport operator said.", quote: "runway will reopen", speaker: "airport operator" },
    { text: "\"We will appeal,\" the defence lawyers said outside the court.", quote: "We will appeal", speaker: "defence lawyers" },
  ]);
});

describe("an emergency landing is a local happening", () => {
  table("date", [
    { a: "The jet from Tessaro made an emergency landing in Brask on Friday evening.", b: "The flight from Tessaro to Midrun was diverted to Brask on Thursday evening.", dates: ["June 7, 2025", "June 7, 2025"], conflict: true },
    { a: "The jet from Tessaro made an emergency landing in Brask on Friday evening.", b: "The incident with the flight from Tessaro occurred on 6 June 2025.", dates: ["June 7, 2025", "June 8, 2025"], conflict: false },
    // landings in two places are two happenings
    { a: "The jet made an emergency landing in Brask on Friday evening.", b: "A cargo plane was diverted to Ostrev on Thursday evening.", dates: ["June 7, 2025", "June 7, 2025"], conflict: false },
  ]);
});

describe("a participle before a noun names no happening", () => {
  table("date", [
    // digging through collapsed buildings on Monday does not date the collapse
    { a: "The earthquake struck Veshtar province on Sunday.", b: "Rescue teams were still digging through collapsed buildings in Veshtar province on Monday.", conflict: false },
    { a: "The earthquake struck Veshtar province on Sunday.", b: "Crews cleared flooded streets in Veshtar province on Tuesday.", conflict: false },
    // the verb itself still does, with its object too
    { a: "The earthquake struck Veshtar province on Sunday.", b: "The earthquake struck Veshtar province on Saturday.", conflict: true },
    { a: "Gunmen attacked villages in Veshtar province on Sunday.", b: "Gunmen attacked villages in Veshtar province on Saturday.", conflict: true },
  ]);
});

describe("one figure credited to two office holders is an attribution conflict", () => {
  table("attribution", [
    // two offices, each held by someone else
    { a: "Brantek will save about $1.2 billion a year in Ostrev, the chief financial officer said.", b: "Brantek will save about $1.2 billion a year in Ostrev, the chief executive said.", conflict: true },
    { a: "About 400 nurses were on duty in Brastovo, the health minister told parliament.", b: "About 400 nurses were on duty in Brastovo, a hospital director said.", conflict: true },
    // one office, named more or less fully
    { a: "About 400 nurses were on duty in Brastovo, the minister said.", b: "About 400 nurses were on duty in Brastovo, the health minister said.", conflict: false },
    { a: "About 300 homes were flooded in Dunvare, the mayor said.", b: "About 300 homes were flooded in Dunvare, the mayor of Dunvare said.", conflict: false },
    // a spokesman speaks for someone else; an institution relays its officers' figures
    { a: "About 300 homes were flooded in Dunvare, a ministry spokesman said.", b: "About 300 homes were flooded in Dunvare, the interior minister said.", conflict: false },
    { a: "About 300 homes were flooded in Dunvare, the council said.", b: "About 300 homes were flooded in Dunvare, the mayor said.", conflict: false },
  ]);
});
