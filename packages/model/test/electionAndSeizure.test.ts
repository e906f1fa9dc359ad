import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";
import { oneFigure, pairTable, quotes, show, type Pair } from "./helpers.js";

// Rules written for news of an election count and of a drug seizure (session 7): what a percentage of
// an election measures, whose seats a count is, figures that are a part of a stated whole, thresholds,
// sizes and rates that count nothing of the happening, the time a figure is compared with, and "its
// leader". Sentences written for the tests, in several outlets' styles; places and parties invented.

const quantityTable = (cases: Pair[]) => pairTable("quantity", cases, ["October 6, 2026", "October 6, 2026"]);
const DATED = "Report\nOctober 6, 2026\n\n";

/** One test per text: its first quote is credited to `speaker` (no one when undefined). */
function speakerTable(date: string, cases: { text: string; speaker: string | undefined }[]) {
  for (const c of cases) {
    it(`${c.text} → ${c.speaker ?? "no speaker"}`, () => {
      const [q] = quotes(`Report\n${date}\n\n${c.text}\n`);
      expect(q?.attribution?.speaker).toBe(c.speaker);
    });
  }
}

const one = (sentence: string, at: string) => oneFigure(DATED + sentence, at);

describe("turnout and a party's share of the vote are two percentages", () => {
  quantityTable([
    // wire against a British paper: the turnout, whatever verb leads to it
    { a: "In Orlavia, turnout was 61.4%, the highest since 2010.", b: "The election in Orlavia saw turnout climb to 64.1 per cent, up from 58.9 per cent in 2022.", conflict: true },
    { a: "In Orlavia, turnout was 61.4%.", b: "In Orlavia, the voter turnout amounted to 61.4 percent.", conflict: false },
    // a live blog's colon against the wire's "of the valid ballots"
    { a: "In Orlavia, the National Renewal Party received 1.86 million votes, or 44.2% of the valid ballots.", b: "In Orlavia, the National Renewal Party's share of the vote: 42.4%.", conflict: true },
    { a: "In Orlavia, the National Renewal Party took 44.2 per cent share of the vote.", b: "In Orlavia, the National Renewal Party won about 44% of the vote.", conflict: false },
    // the turnout of the last election, a threshold and a share are not this turnout
    { a: "In Orlavia, turnout was 61.4%.", b: "In Orlavia, turnout was up from 58.9 per cent in 2022.", conflict: false },
    { a: "In Orlavia three smaller parties cleared the 5% threshold.", b: "In Orlavia, the National Renewal Party's share of the vote: 42.4%.", conflict: false },
    { a: "In Orlavia, the National Renewal Party won 44.2% of the vote.", b: "In Orlavia, turnout was 61.4%.", conflict: false },
  ]);
});

describe("seats: whose they are, out of what whole, and seats that were needed or are the chamber's", () => {
  quantityTable([
    // "the party" is the party named last; "mandates" in a translated count are seats
    { a: "The National Renewal Party won 87 of the 150 seats in Orlavia.", b: "Voters in Orlavia handed the governing National Renewal Party a third term. The party won 84 seats in the 150-seat legislature, down from 90 in 2022.", conflict: true },
    { a: "In Orlavia, the National Renewal Party received 1,682,417 votes and will have 87 mandates.", b: "The National Renewal Party won 84 seats in Orlavia.", conflict: true },
    { a: "The National Renewal Party has 87 seats out of 150 in Orlavia.", b: "The National Renewal Party won 84 seats in Orlavia.", conflict: true },
    // two parties' seats, however the second party's sentence is turned
    { a: "The National Renewal Party won 87 seats in Orlavia.", b: "In Orlavia the Civic Alliance, a centre-left grouping, finished second with 41 seats.", conflict: false },
    { a: "The National Renewal Party won 87 seats in Orlavia.", b: "In Orlavia the center-left Civic Alliance came in second with 41 seats.", conflict: false },
    { a: "The National Renewal Party won 87 seats in Orlavia.", b: "In Orlavia the opposition Civic Alliance keeps its 41 seats.", conflict: false },
    { a: "In Orlavia the Agrarian Union won 9 seats.", b: "In Orlavia the Agrarian Union received 9 mandates, the Party of the Regions 7 mandates and the Green Movement 6 mandates.", conflict: false },
    // a threshold, the size of the chamber, a part of a stated whole, the last election
    { a: "A party needs 76 seats to govern alone in Orlavia.", b: "The Civic Alliance took 41 seats in Orlavia.", conflict: false },
    { a: "In Orlavia the party is comfortably above the 76 seats needed for a majority.", b: "The Civic Alliance took 41 seats in Orlavia.", conflict: false },
    { a: "Orlavia's parliament has 150 seats, elected by proportional representation.", b: "The National Renewal Party won 87 seats in Orlavia.", conflict: false },
    { a: "In the capital of Orlavia, the National Renewal Party won 14 of the 22 seats.", b: "The National Renewal Party won 87 seats in Orlavia.", conflict: false },
    { a: "The National Renewal Party won 87 seats in Orlavia, slightly below the 90 seats the party won in 2022.", b: "The National Renewal Party won 84 seats in Orlavia.", conflict: true },
    // the ballots cast are all the votes, not the votes one party received
    { a: "In Orlavia some 41,000 ballots were cast at embassies and consulates.", b: "In Orlavia the National Renewal Party received 1.86 million votes.", conflict: false },
  ]);
});

describe("the time a figure is compared with is no time of the figure", () => {
  const cases: { sentence: string; at: string; has?: string[]; not?: string[] }[] = [
    { sentence: "Turnout was 61.4%, the highest since 2010.", at: "61.4%", not: ["2010"] },
    { sentence: "Turnout was the lowest since 1998 at 38 per cent.", at: "38 per cent", not: ["1998"] },
    { sentence: "The election saw turnout climb to 64.1 per cent, up from 58.9 per cent in 2022.", at: "64.1 per cent", not: ["2022"] },
    { sentence: "The election saw turnout climb to 64.1 per cent, up from 58.9 per cent in 2022.", at: "58.9 per cent", has: ["2022"] },
    { sentence: "The party won 84 seats in the 150-seat legislature, down from 90 in 2022.", at: "84", not: ["2022"] },
    { sentence: "Its 44.2 per cent share of the vote was a little down on four years ago.", at: "44.2 per cent", not: ["2022", "2022-10-06"] },
    { sentence: "Exports were 12 per cent higher than in 2024.", at: "12 per cent", not: ["2024"] },
    // a year the figure's own clause names still sets it, in the words of a translated release too
    { sentence: "Since January, 1,200 people have been displaced.", at: "1,200", has: ["2026-01"] },
    { sentence: "The party won 90 seats in 2022.", at: "90", has: ["2022"] },
    { sentence: "The Customs Administration reminds that in the year 2025 its officers seized 5,800 kilograms of narcotic substances.", at: "5,800 kilograms", has: ["2025"] },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}”`, () => {
      const times = one(c.sentence, c.at).counted.scope.times;
      for (const t of c.has ?? []) expect(times, `${t} in ${JSON.stringify(times)}`).toContain(t);
      for (const t of c.not ?? []) expect(times, `${t} not in ${JSON.stringify(times)}`).not.toContain(t);
    });
  }
});

describe("rates, things inspected and things found", () => {
  const cases: { sentence: string; at: string; thing?: string; role?: string; notRole?: string }[] = [
    { sentence: "Ostrel, the main container port, handles about 900,000 containers a year.", at: "900,000", thing: "container/year" },
    { sentence: "The museum draws 3,000 visitors a day in summer.", at: "3,000", thing: "visitor/day" },
    { sentence: "The plant processes 40 tonnes of waste daily.", at: "40 tonnes" },
    { sentence: "Officers had inspected 48 containers from the same vessel.", at: "48", thing: "container", role: "inspected" },
    { sentence: "Customs officers checked 300 lorries at the border crossing.", at: "300", role: "inspected" },
    { sentence: "The cocaine was found in two refrigerated containers on Wednesday.", at: "two", thing: "container", notRole: "inspected" },
    { sentence: "Some 41,000 ballots were cast at embassies and consulates.", at: "41,000", role: "cast" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}”`, () => {
      const q = one(c.sentence, c.at);
      if (c.thing) expect(q.counted.thing, show(q)).toBe(c.thing);
      if (c.role) expect(q.counted.role, show(q)).toBe(c.role);
      if (c.notRole) expect(q.counted.role, show(q)).not.toBe(c.notRole);
      // a rate of a measure keeps its measure: tonnes a day are still tonnes
      if (!c.thing && !c.role) expect(q.counted.thing, show(q)).not.toMatch(/\//);
    });
  }
  quantityTable([
    { a: "Officers inspected 48 containers at the port of Ostrel.", b: "The cocaine was hidden in two containers at the port of Ostrel.", conflict: false },
    { a: "The port of Ostrel handles about 900,000 containers a year.", b: "Officers inspected 48 containers at the port of Ostrel.", conflict: false },
  ]);
});

describe("“its leader said”: the leader of the body named before", () => {
  const cases: { text: string; speaker: string | undefined }[] = [
    { text: "The Civic Alliance said it would not challenge the outcome in court. “We respect the result,” its leader said on Monday.", speaker: "leader of the Civic Alliance" },
    { text: "The Northern League rejected the figures. “The count was rigged,” their spokesperson told reporters.", speaker: "spokesperson of the Northern League" },
    // no body opens either sentence: no one is guessed
    { text: "Voters were tired of the campaign. “We respect the result,” its leader said.", speaker: undefined },
  ];
  speakerTable("October 6, 2026", cases);
});

describe("a report that names no place but its dateline's town meets a report about the country", () => {
  it("a wire's “SENNETH, Orlavia” links an agency's Senneth to a paper's Orlavia", () => {
    const corpus = new Corpus();
    corpus.set("file:///wire.txt", "Election result\nOctober 6, 2026\n\nSENNETH, Orlavia, Oct 6 (Meridian Wire) - Orlavia's governing National Renewal Party won 87 of the 150 seats in parliament, the commission said.\n");
    corpus.set("file:///paper.txt", "Orlavia votes\nOctober 6, 2026\n\nVoters in Orlavia handed the governing National Renewal Party a third term. The party won 84 seats in the 150-seat legislature. Orlavia's prime minister thanked voters.\n");
    corpus.set("file:///agency.txt", "06.10.2026 | News Agency | Official English translation\n\nSENNETH, 6 October (ONA) – The Central Electoral Commission announced the final results. According to the commission, the National Renewal Party received 1,682,417 votes and will have 87 mandates. The Agrarian Union obtained 9 mandates.\n");
    const conflicts = corpus.conflicts().filter((c) => c.kind === "quantity");
    const seats = conflicts.filter((c) => /seats/.test(c.message));
    expect(seats.some((c) => /agency\.txt/.test(c.message) && /paper\.txt/.test(c.message)), conflicts.map((c) => c.message).join("\n") || "(none)").toBe(true);
  });
});

describe("a drug seizure: the weight found, its street and wholesale values, the people held", () => {
  const cases: { sentence: string; at: string; thing?: string; role?: string; unit?: string }[] = [
    { sentence: "Customs officers found 2.1 tonnes of cocaine in two containers of bananas.", at: "2.1 tonnes", role: "captured" },
    { sentence: "Officers discovered 2,300 kilograms of cocaine concealed in two refrigerated containers carrying bananas.", at: "2,300 kilograms", role: "captured" },
    { sentence: "Authorities said they seized more than 2 metric tons of cocaine at the port.", at: "more than 2 metric tons", unit: "metric tons", role: "captured" },
    // a weight of something else keeps its own verb
    { sentence: "The bananas, some 40 tonnes of them, will be destroyed.", at: "40 tonnes", role: "destroyed" },
    { sentence: "The drugs had an estimated street value of €180 million, the customs administration said.", at: "€180 million", thing: "money:value" },
    { sentence: "According to the preliminary estimate, the street value of the seized cocaine amounts to 180 million euros.", at: "180 million euros", thing: "money:value", role: "unspecified" },
    { sentence: "The haul would have been worth about €180m on the streets and roughly €70m at wholesale prices.", at: "€70m", thing: "money:wholesale" },
    { sentence: "The haul would have been worth about €180m on the streets and roughly €70m at wholesale prices.", at: "€180m", thing: "money:value" },
    // translated police copy, and suspects counted as people
    { sentence: "In a joint action, the National Police deprived of liberty 14 persons suspected of drug trafficking.", at: "14", thing: "people", role: "captured" },
    { sentence: "Fourteen suspects were detained in raids in three cities.", at: "Fourteen", thing: "people", role: "captured" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}”`, () => {
      const q = one(c.sentence, c.at);
      if (c.thing) expect(q.counted.thing, show(q)).toBe(c.thing);
      if (c.role) expect(q.counted.role, show(q)).toBe(c.role);
      if (c.unit) expect(q.unit, show(q)).toBe(c.unit);
    });
  }
  quantityTable([
    { a: "Customs officers at the port of Ostrel seized 2.3 tonnes of cocaine on Wednesday.", b: "Customs officers at the port of Ostrel found 2.1 tonnes of cocaine on Wednesday.", conflict: true },
    { a: "Customs officers at the port of Ostrel seized 2.3 tonnes of cocaine on Wednesday.", b: "At the port of Ostrel, officers seized more than 2 metric tons of cocaine on Wednesday.", conflict: false },
    { a: "The drugs seized at Ostrel had an estimated street value of €180 million.", b: "The cocaine found at Ostrel had an estimated street value of €210 million.", conflict: true },
    { a: "The cocaine seized at Ostrel was worth about €180m on the streets and roughly €70m at wholesale prices.", b: "The cocaine found at Ostrel had an estimated street value of €180 million.", conflict: false },
    { a: "Police in Ostrel arrested 14 people in raids on warehouses.", b: "In Ostrel, the National Police deprived of liberty 12 persons suspected of drug trafficking.", conflict: true },
    { a: "Twelve people were arrested in Ostrel.", b: "Fourteen suspects were detained in raids in Ostrel.", conflict: true },
  ]);
});

describe("a director general speaks as an office of its body", () => {
  const cases: { text: string; speaker: string }[] = [
    { text: "“This is the largest single seizure in our history,” the director general of the customs administration told reporters.", speaker: "director general of the customs administration" },
    { text: "“We will cooperate fully,” the secretary general of the ministry said on Thursday.", speaker: "secretary general of the ministry" },
    { text: "The union welcomed the arrests. “This is the largest single seizure in our history,” the director general of customs said.", speaker: "director general of customs" },
  ];
  speakerTable("November 12, 2026", cases);
});

describe("“X, whose chair insisted that …”: the office of the body named before", () => {
  const cases: { text: string; speaker: string }[] = [
    { text: "The Central Electoral Commission, whose chair insisted that “the count was conducted transparently”, confirmed the final figures on Tuesday.", speaker: "chair of the Central Electoral Commission" },
    { text: "The Ostrel Port Authority, whose director general said “security will be reviewed”, declined to comment further.", speaker: "director general of the Ostrel Port Authority" },
  ];
  speakerTable("October 6, 2026", cases);
});

describe("the same words credited to a minister and to a director general", () => {
  pairTable(
    "attribution",
    [
      { a: "“Organised crime will find no safe harbour in Varnesia,” the interior minister said in a separate statement.", b: "“Organised crime will find no safe harbor in Varnesia,” the director general of the customs administration said at a news conference.", conflict: true },
      { a: "“Organised crime will find no safe harbour in Varnesia,” the director general of the customs administration said.", b: "“Organised crime will find no safe harbour in Varnesia,” the director general of the customs administration told reporters.", conflict: false },
    ],
    ["November 12, 2026", "November 12, 2026"],
  );
});

describe("an office that opens the sentence speaks through a participle, after a live blog's time stamp too", () => {
  speakerTable("October 6, 2026", [
    { text: "The Civic Alliance conceded. 11:30 The prime minister has thanked voters on social media, writing that the government “will not waste this trust”.", speaker: "prime minister" },
    { text: "The finance minister defended the budget on Monday, saying that “the numbers add up”.", speaker: "finance minister" },
    { text: "14:05 The interior minister said the count was “beyond reproach”.", speaker: "interior minister" },
  ]);
});
