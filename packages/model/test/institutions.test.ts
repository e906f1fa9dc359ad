import { describe, expect, it } from "vitest";
import { Corpus, type QuoteClaim } from "../src/index.js";
import { quotes, show } from "./helpers.js";

/**
 * One institution under several names: "the Ministry" in a press release that gave the full name
 * above it, "the foreign ministry" in a wire, "the airline" in a report that names the airline once.
 * The speaker entity of a quote is the institution the article means, written the same way in every
 * article: what the body does ("foreign ministri", "district court") or its own name ("pelona
 * airwais"), then, after "|", whose it is ("|valdora") or, when the article sets it apart from
 * another's, whose it is not ("|-ostrevia"). When the article speaks of two bodies of the kind, a bare
 * "the ministry" stays "ministri": silence before a guess.
 */
function speakerOf(text: string, words: string): string | undefined {
  const all = quotes(text);
  const q = all.find((c) => c.quote.startsWith(words));
  expect(q, `a quote “${words}”; found: ${all.map(show).join(" | ") || "none"}`).toBeDefined();
  return q!.attribution?.entity;
}

describe("an institution's short name is the one the article gave in full", () => {
  const cases: { style: string; text: string; quote: string; entity: string }[] = [
    {
      style: "translated press release: the full name in the letterhead, then “the Ministry”",
      text:
        "Ministry of Foreign Affairs of the Republic of Valdora\nPress release\n\nOn 3 May the chargé d'affaires of the Republic of Ostrevia was invited to the Ministry of Foreign Affairs of the Republic of Valdora.\n\n" +
        "“The Republic of Ostrevia bears full responsibility for this incident,” the Ministry stressed.",
      quote: "The Republic of Ostrevia bears full",
      entity: "foreign ministri|valdora",
    },
    {
      style: "press release: “the Ministry of Foreign Affairs” after the full name",
      text:
        "The Ministry of Foreign Affairs of the Republic of Valdora expresses its deep concern.\n\n" +
        "“Our country has always chosen dialogue,” the Ministry of Foreign Affairs stated.",
      quote: "Our country has always chosen dialogue",
      entity: "foreign ministri|valdora",
    },
    {
      style: "wire: “the foreign ministry said”, one ministry in the story",
      text: "VALDORA CITY, May 4 (Northwire) - Valdora summoned Ostrevia's envoy on Wednesday.\n\n“Ostrevia bears sole responsibility for this incident,” the foreign ministry said in a statement.",
      quote: "Ostrevia bears sole",
      entity: "foreign ministri",
    },
    {
      style: "wire: the other side's ministry is named with its country, so the bare one is not that country's",
      text:
        "Valdora summoned Ostrevia's envoy on Wednesday. “Ostrevia bears sole responsibility,” the foreign ministry said in a statement.\n\n" +
        "Ostrevia's foreign ministry said it was checking the claims.",
      quote: "Ostrevia bears sole",
      entity: "foreign ministri|-ostrevia",
    },
    {
      style: "live blog: a demonym names the owner",
      text: "Ostrevia has responded. “Ostrevia bears no responsibility for this incident,” a spokeswoman for the Ostrevian foreign ministry told reporters.\n\nThe row between Valdora and Ostrevia goes on.",
      quote: "Ostrevia bears no",
      entity: "foreign ministri|ostrevia",
    },
    {
      style: "British paper: “the Ministry of Defence”, then “the ministry”",
      text: "The Ministry of Defence confirmed the flight had been diverted.\n\n“All crew are safe and accounted for,” the ministry said.",
      quote: "All crew are safe",
      entity: "defence ministri",
    },
    {
      style: "American paper: “the Defense Ministry said”",
      text: "“All crew are safe and accounted for,” the Defense Ministry said on Tuesday.",
      quote: "All crew are safe",
      entity: "defence ministri",
    },
    {
      style: "agency notice naming four ministries: “the ministry” is left as written",
      text:
        "According to the Ministry of Interior, 40 houses collapsed. The Ministry of Health sent medical teams. The Ministry of Finance was told to allocate funds.\n\n" +
        "“Rescue work will continue through the night,” the ministry said.",
      quote: "Rescue work will continue",
      entity: "ministri",
    },
    {
      style: "wire: “the airline” in a report that names one airline",
      text: "A Pellona Airways jet made an emergency landing in Skarn on Friday, the airline said.\n\n“The safety of our passengers is our first priority,” the airline said in a statement.",
      quote: "The safety of our passengers",
      entity: "pelona airwais",
    },
    {
      style: "broadcaster: the airline's own name speaks",
      text: "Passengers on a Pellona Airways flight described their fear.\n\nIn a statement, Pellona Airways said: “The safety of our passengers will always be our highest priority.”",
      quote: "The safety of our passengers",
      entity: "pelona airwais",
    },
    {
      style: "“the carrier” is the airline too",
      text: "A Brisk Air plane returned to Skarn after a window cracked. “We are looking into what happened,” the carrier said.",
      quote: "We are looking into",
      entity: "brisk air",
    },
    {
      style: "two airlines in the story: “the airline” is left as written",
      text: "A Pellona Airways jet clipped the wing of a Brisk Air plane while taxiing at Skarn airport.\n\n“We are cooperating with investigators,” the airline said.",
      quote: "We are cooperating",
      entity: "airline",
    },
    {
      style: "business wire: a firm with a corporate suffix, then “the company”",
      text: "Halvex Corp will cut 900 jobs, it said on Monday.\n\n“These are difficult decisions,” the company said.",
      quote: "These are difficult decisions",
      entity: "halvex corp",
    },
    {
      style: "a firm and its rival: “the company” is left as written",
      text: "Halvex Corp and its rival Dornset Group both reported losses. “These are difficult decisions,” the company said.",
      quote: "These are difficult decisions",
      entity: "compani",
    },
    {
      style: "British paper: “the union” after “the nurses' union”",
      text: "Members of the nurses' union walked out at dawn.\n\n“We will stay out until there is a real offer,” the union said.",
      quote: "We will stay out",
      entity: "nurses union",
    },
    {
      style: "American paper: “the court” after “the Skarn District Court”",
      text: "The Skarn District Court sentenced the former treasurer of Skarn on Tuesday.\n\n“The law applies to everyone,” the court said in its ruling.",
      quote: "The law applies to everyone",
      entity: "district court|skarn",
    },
    {
      style: "two courts in the story: “the court” is left as written",
      text: "The district court's verdict was upheld by the appeals court on Friday. “The sentence stands,” the court said.",
      quote: "The sentence stands",
      entity: "court",
    },
    {
      style: "a “rival company” says there are two",
      text: "Halvex Corp lost the contract to a rival company. “We will appeal,” the company said.",
      quote: "We will appeal",
      entity: "compani",
    },
  ];
  for (const c of cases) {
    it(c.style, () => {
      expect(speakerOf(c.text, c.quote)).toBe(c.entity);
    });
  }
});

describe("one institution's words compared across articles", () => {
  function related(a: string, b: string) {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", a);
    corpus.set("file:///b.txt", b);
    corpus.commit();
    const qa = corpus.claimsOf("file:///a.txt").filter((c): c is QuoteClaim => c.kind === "quote");
    return qa.flatMap((q) => corpus.relationsOf(q.id)).map((r) => r.kind);
  }
  const release =
    "Ministry of Foreign Affairs of the Republic of Valdora\nPress release\nDate: 2025-05-04\n\nOn 3 May the envoy of the Republic of Ostrevia was invited to the Ministry of Foreign Affairs of the Republic of Valdora, where a note of protest was handed to him over a drone that entered the airspace of the Republic of Valdora and crashed near the village of Harsk in the Republic of Valdora.\n\n" +
    "“The Republic of Ostrevia bears full responsibility for the consequences of this provocation,” the Ministry stressed.";
  const wire =
    "May 4, 2025\n\nVALDORA CITY, May 4 (Northwire) - Valdora summoned Ostrevia's envoy on Wednesday over a drone that crashed near Harsk in Valdora.\n\n" +
    "“Ostrevia bears sole responsibility for the consequences of this provocation,” the foreign ministry said in a statement.\n\nOstrevia's foreign ministry said it was checking the claims.";
  const blog =
    "2025-05-04\n\n18:30\nOstrevia has responded. “Ostrevia bears no responsibility for the consequences of this provocation,” a spokeswoman for the Ostrevian foreign ministry told reporters in Valdora.\n\n17:00\nThe envoy has left the ministry in Valdora.";

  it("the press release's “the Ministry” and the wire's “the foreign ministry” are one speaker: the rewording is found", () => {
    expect(related(release, wire)).toContain("quote-reworded");
  });
  it("the other side's ministry is another speaker: its denial is no rewording of the accusation", () => {
    expect(related(release, blog)).toEqual([]);
    expect(related(blog, wire)).toEqual([]);
  });
  it("“the airline” and the airline's name are one speaker", () => {
    const a = "June 7, 2025\n\nSKARN, June 7 (Northwire) — A Pellona Airways jet made an emergency landing in Skarn on Friday, the airline said.\n\n“The safety of our passengers and crew is always our first priority,” the airline said in a statement.";
    const b = "7 June 2025\n\nPassengers on a Pellona Airways flight to Skarn described their fear. The plane was diverted to Skarn on Friday.\n\nIn a statement, Pellona Airways said: “The safety of our passengers and crew will always be our highest priority.”";
    expect(related(a, b)).toContain("quote-reworded");
  });
});
