import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";

// One statement, two speakers: articles about one happening that quote the same sentence but credit it
// to two office holders who cannot be one person disagree about who said it. Written before the rule,
// in the styles of wires, British and American papers, translated releases and live blogs. No person is
// named: speakers are offices and roles; places are invented.

interface Case {
  why: string;
  a: string;
  b: string;
  /** date lines, 3 March 2025 unless given; null for an undated article */
  dates?: [string | null, string | null];
  conflict: boolean;
}

/** A body may begin with its own headline line, "# …"; "Report" otherwise. */
const article = (body: string, date: string | null) => {
  const [head, text] = body.startsWith("# ") ? [body.slice(2, body.indexOf("\n")), body.slice(body.indexOf("\n") + 1)] : ["Report", body];
  return `${head}\n${date === null ? "" : `${date}\n`}\n${text}\n`;
};

function attributionConflicts(c: Case) {
  const [da, db] = c.dates ?? ["March 3, 2025", "March 3, 2025"];
  const corpus = new Corpus();
  corpus.set("file:///a.txt", article(c.a, da));
  corpus.set("file:///b.txt", article(c.b, db));
  return corpus.conflicts().filter((x) => x.kind === "attribution");
}

// a court story in Velmora, as a wire, a British paper and an explainer tell it
const VERDICT = "Nobody in this city is above the law, however powerful they once were.";
const courtWire = (speaker: string) =>
  `VELMORA, March 3 (Northwire) — A court in Velmora sentenced the city's former treasurer to nine years in prison on Monday.\n\nSpeaking outside the court in Velmora, ${speaker} said: "${VERDICT}"`;
const courtPaper = (speaker: string) =>
  `Velmora's former treasurer has been jailed for nine years after a trial that gripped the city.\n\nReading out the verdict in Velmora, ${speaker} said: "${VERDICT}" The defence said it would appeal.`;

// a flood in Dunvare, reported by an American paper and a wire
const FLOOD = "Every family that lost its home will be housed before the winter comes";
const floodUs = (speaker: string) =>
  `Floodwaters swept through Dunvare on Sunday, forcing hundreds of families from their homes in Dunvare and nearby villages.\n\n"${FLOOD}," ${speaker} told reporters on Monday.`;
const floodWire = (speaker: string) =>
  `DUNVARE, March 3 (Continental) - Rescue teams in Dunvare searched flooded streets on Monday.\n\n"${FLOOD}," said ${speaker}, who visited the worst-hit district of Dunvare.`;
const floodElsewhere = (speaker: string) =>
  `Floodwaters swept through Harlow Green on Sunday, forcing families from their homes in Harlow Green.\n\n"${FLOOD}," ${speaker} told reporters on Monday.`;

// a broadcaster's follow-up that names its town only in the headline, and one that names none
const STRIKE = "Patients are safe, and every emergency ward in the country is fully staffed";
const strikeNamed = (speaker: string) =>
  `Nurses in Brastovo walked out for a second day on Tuesday as talks in Brastovo broke down.\n\n"${STRIKE}," ${speaker} told parliament.`;
const strikeHeadline = (speaker: string) => `# Brastovo strike: talks resume as walkout enters second week\n${strikeNameless(speaker)}`;
const strikeNameless = (speaker: string) =>
  `Talks between the nurses' union and the health ministry resumed on Wednesday.\n\n"${STRIKE}," ${speaker} said on Tuesday, speaking to reporters at the central hospital.`;

// a diplomatic row: a wire names the two countries; a British paper types them otherwise and is mostly about the capital
const ROW = "We will not allow our airspace to become a testing ground for anyone's drones";
const rowWire = (speaker: string) =>
  `Osvalia summoned Keldra's ambassador on Wednesday over a drone that crashed near a border village in Osvalia.\n\nOsvalia has protested to Keldra before. "${ROW}," ${speaker} said.`;
const rowPaper = (speaker: string) =>
  `Keldra's ambassador was called in to the foreign ministry in Marrow City on Tuesday. Osvalia has demanded an explanation.\n\nAnalysts in Marrow City said the language was aimed at voters. "${ROW}," ${speaker} said on Thursday, in remarks broadcast by state television.`;

describe("the same sentence credited to two speakers", () => {
  const cases: Case[] = [
    // two offices that cannot be one person
    { why: "prosecutor and judge (wire, British paper)", a: courtWire("the chief prosecutor"), b: courtPaper("the presiding judge"), dates: ["March 3, 2025", "4 March 2025"], conflict: true },
    { why: "prosecutor and judge, one article undated", a: courtWire("the chief prosecutor"), b: courtPaper("the presiding judge"), dates: ["March 3, 2025", null], conflict: true },
    { why: "governor and mayor (American paper, wire with the speaker after the verb)", a: floodUs("the governor"), b: floodWire("the mayor of Dunvare"), conflict: true },
    { why: "health minister and a hospital director; one report names its town only in the headline", a: strikeNamed("the health minister"), b: strikeHeadline("a hospital director"), dates: ["October 22, 2024", "23 October 2024"], conflict: true },
    { why: "foreign and prime minister; the countries typed apart, the capital named", a: rowWire("the foreign minister"), b: rowPaper("the prime minister"), dates: ["June 12, 2025", "Friday 13 June 2025"], conflict: true },

    { why: "county sheriff and governor (wire, American paper)", a: floodWire("the county sheriff"), b: floodUs("the governor"), conflict: true },
    { why: "sheriff and fire chief", a: floodUs("the sheriff"), b: floodWire("the fire chief"), conflict: true },
    { why: "police commissioner and coroner", a: floodUs("the police commissioner"), b: floodWire("the coroner"), conflict: true },
    {
      why: "a union's general secretary and the leader of the opposition, the second as the subject of the sentence, the words after a colon",
      a: `Tens of thousands marched through Dunvare on Saturday against the pension reform.\n\n"Today the streets of Dunvare spoke louder than any vote in parliament," the general secretary of the federation told the crowd in Dunvare.`,
      b: `DUNVARE, 14 March (VNA) – On Friday, a mass demonstration took place in Dunvare.\n\nThe leader of the opposition addressed the demonstrators in front of the parliament: "Today the streets of Dunvare spoke louder than any vote in parliament."`,
      conflict: true,
    },

    // one speaker, or someone speaking for another
    { why: "the sheriff and the county sheriff are one office", a: floodUs("the sheriff"), b: floodWire("the county sheriff"), conflict: false },
    { why: "one office named more and less fully", a: floodUs("the minister"), b: floodWire("the housing minister"), conflict: false },
    { why: "an office with its country and without", a: rowWire("Osvalia's foreign minister"), b: rowPaper("the foreign minister"), dates: ["June 12, 2025", "June 13, 2025"], conflict: false },
    { why: "a spokesperson speaks for the minister", a: floodUs("the interior minister"), b: floodWire("a spokeswoman for the interior minister"), conflict: false },
    { why: "a spokesperson for the president is not the foreign minister", a: floodUs("a spokesperson for the president"), b: floodWire("the foreign minister"), conflict: true },
    { why: "a spokesman for the prime minister and the prime minister", a: floodUs("a spokesman for the prime minister"), b: floodWire("the prime minister"), conflict: false },
    { why: "a spokesperson for a ministry speaks for a body, which relays", a: floodUs("a spokesperson for the interior ministry"), b: floodWire("the governor"), conflict: false },
    { why: "a body and its own officer", a: strikeNamed("the union"), b: strikeNameless("the union's general secretary"), conflict: false },
    { why: "two bodies relay each other's statements", a: floodUs("the fire brigade"), b: floodWire("the municipal council"), conflict: false },
    { why: "an anonymous nurse is anyone", a: strikeNamed("the health minister"), b: strikeNameless("a nurse"), conflict: false },

    // two happenings: stock words of another story, another year, or nothing to tell them apart
    { why: "the same words about a flood in another town", a: floodUs("the governor"), b: floodElsewhere("the mayor"), conflict: false },
    { why: "the same words a year later", a: floodUs("the governor"), b: floodWire("the mayor of Dunvare"), dates: ["March 3, 2024", "March 3, 2025"], conflict: false },
    { why: "neither report names a place", a: strikeNameless("the health minister"), b: strikeNameless("a hospital director"), conflict: false },
    { why: "one report names nothing the other is about", a: strikeNamed("the health minister"), b: strikeNameless("a hospital director"), conflict: false },
    {
      why: "a short stock sentence",
      a: `Floodwaters swept through Dunvare on Sunday. In Dunvare, streets were under water.\n\n"We are doing everything we can," the governor said.`,
      b: `DUNVARE, March 3 (Continental) - Rescue teams searched Dunvare on Monday.\n\n"We are doing everything we can," said the mayor of Dunvare.`,
      conflict: false,
    },
    {
      why: "two different sentences, not one reworded",
      a: floodUs("the governor"),
      b: `DUNVARE, March 3 (Continental) - Rescue teams in Dunvare searched flooded streets on Monday.\n\n"Every family that lost its home will be paid for the damage within a month," said the mayor of Dunvare.`,
      conflict: false,
    },
    {
      why: "a pronoun after two offices does not say which of them spoke",
      a: floodUs("the governor"),
      b: `DUNVARE, March 3 (Continental) - The mayor of Dunvare toured the flooded streets of Dunvare with the governor on Monday.\n\n"${FLOOD}," she said.`,
      conflict: false,
    },
  ];
  for (const c of cases) {
    it(`${c.conflict ? "conflict" : "no conflict"}: ${c.why}`, () => {
      const found = attributionConflicts(c);
      expect(found.length > 0, found.map((f) => f.message).join("\n") || "(none)").toBe(c.conflict);
    });
  }

  it("names the words and both speakers, and points at the quotes", () => {
    const [conflict] = attributionConflicts({ why: "", a: courtWire("the chief prosecutor"), b: courtPaper("the presiding judge"), conflict: true });
    expect(conflict.message).toContain("chief prosecutor");
    expect(conflict.message).toContain("presiding judge");
    expect(conflict.message).toContain("Nobody in this city is above the law");
    expect(conflict.claims.map((c) => c.span.text)).toEqual([VERDICT, VERDICT]);
  });
});

describe("one statement's words meet under any office that said them", () => {
  // the statement keys also bring "the minister" and "the transport minister" together: one office,
  // so a rewording between them is the usual quote conflict, on the usual terms (the same town)
  const rewording = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", article(a, "March 5, 2025"));
    corpus.set("file:///b.txt", article(b, "March 5, 2025"));
    return corpus.conflicts().filter((x) => x.kind === "quote");
  };
  const bridge = (town: string, speaker: string, words: string) =>
    `The bridge in ${town} will stay shut, officials in ${town} said on Tuesday.\n\n"${words}," ${speaker} said after the meeting.`;
  const first = "No one will cross this bridge until I am personally satisfied that it is safe";
  const second = "No one will cross this bridge until our engineers are satisfied that it is safe";

  it("a rewording under one office named more and less fully is reported", () => {
    expect(rewording(bridge("Tarvesk", "the minister", first), bridge("Tarvesk", "the transport minister", second))).toHaveLength(1);
  });

  it("a rewording under one office named with more and fewer words of its body is reported", () => {
    // "the director of the weather service", "the director of the national weather service"
    expect(
      rewording(bridge("Tarvesk", "the director of the roads agency", first), bridge("Tarvesk", "the director of the national roads agency", second)),
    ).toHaveLength(1);
    expect(rewording(bridge("Tarvesk", "the minister of transport", first), bridge("Tarvesk", "the transport minister", second))).toHaveLength(1);
  });

  it("an office named with a state's name against the bare office may be another state's: no rewording", () => {
    expect(rewording(bridge("Tarvesk", "Keldra's transport minister", first), bridge("Tarvesk", "the transport minister", second))).toEqual([]);
  });

  it("two offices of one body are two speakers: no rewording", () => {
    expect(rewording(bridge("Tarvesk", "the director of the roads agency", first), bridge("Tarvesk", "the deputy head of the roads agency", second))).toEqual([]);
  });

  it("the same office in reports about two towns is two people: no rewording", () => {
    expect(rewording(bridge("Tarvesk", "the mayor", first), bridge("Orlevan", "the mayor", second))).toEqual([]);
  });
});
