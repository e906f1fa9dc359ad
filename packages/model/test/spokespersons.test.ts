import { describe, expect, it } from "vitest";
import { Corpus, type QuoteClaim } from "../src/index.js";
import { attributions, quantities, quotes, show } from "./helpers.js";

/**
 * "A spokesperson for X said": the speaker is X's spokesperson, written out as such ("a spokesperson
 * for the interior ministry", never "for the interior ministry"). A body speaks through its
 * spokesperson, so the quote's speaker entity is the body's own (a statement of the ministry read out by
 * its spokesperson is the ministry's statement). A person or an office holder is not their
 * spokesperson: "a spokesman for Emmanuel Macron" does not make Macron the speaker, and the spokesman's
 * words are not compared with Macron's as one speaker's. Sentences written for the tests in the styles
 * of wires, British and American papers, translated releases and live blogs; no invented person.
 */

function quoteSpeaker(text: string, words: string) {
  const all = quotes(text);
  const q = all.find((c) => c.quote.startsWith(words));
  expect(q, `a quote “${words}”; found: ${all.map(show).join(" | ") || "none"}`).toBeDefined();
  return q!.attribution;
}

describe("a spokesperson for a body speaks for the body", () => {
  const cases: { style: string; text: string; quote: string; speaker: string; sameAs: string }[] = [
    {
      style: "wire: the spokesperson before the verb",
      text: "“We will not be intimidated,” a spokesperson for the interior ministry said on Tuesday.",
      quote: "We will not be intimidated",
      speaker: "a spokesperson for the interior ministry",
      sameAs: "“We will not be intimidated,” the interior ministry said on Tuesday.",
    },
    {
      style: "British paper: a spokesman for the Ministry of Defence, words after a colon",
      text: "A spokesman for the Ministry of Defence said: “All crew are safe and accounted for.”",
      quote: "All crew are safe",
      speaker: "A spokesman for the Ministry of Defence",
      sameAs: "The Ministry of Defence said: “All crew are safe and accounted for.”",
    },
    {
      style: "American paper: the spokeswoman after the verb",
      text: "“We are reviewing the footage frame by frame,” said a spokeswoman for the Defense Ministry, who spoke on condition of anonymity.",
      quote: "We are reviewing the footage",
      speaker: "a spokeswoman for the Defense Ministry",
      sameAs: "“We are reviewing the footage frame by frame,” said the Defense Ministry.",
    },
    {
      style: "live blog: a spokeswoman tells reporters, the body owned by a demonym",
      text: "Ostrevia has responded. “Ostrevia bears no responsibility,” a spokeswoman for the Ostrevian foreign ministry told reporters.",
      quote: "Ostrevia bears no responsibility",
      speaker: "a spokeswoman for the Ostrevian foreign ministry",
      sameAs: "Ostrevia has responded. “Ostrevia bears no responsibility,” the Ostrevian foreign ministry told reporters.",
    },
    {
      style: "translated release: the full name of the ministry and its state",
      text: "“The exchange was carried out in full,” a spokesperson for the Ministry of Foreign Affairs of the Republic of Valdora stated.",
      quote: "The exchange was carried out",
      speaker: "a spokesperson for the Ministry of Foreign Affairs of the Republic of Valdora",
      sameAs: "“The exchange was carried out in full,” the Ministry of Foreign Affairs of the Republic of Valdora stated.",
    },
    {
      style: "scraped page: a national service, the verb after “has”",
      text: "A spokesperson for the National Weather Service has warned: “The danger is far from over for the coast.”",
      quote: "The danger is far from over",
      speaker: "A spokesperson for the National Weather Service",
      sameAs: "The National Weather Service has warned: “The danger is far from over for the coast.”",
    },
  ];
  for (const c of cases) {
    it(c.style, () => {
      const a = quoteSpeaker(c.text, c.quote);
      expect(a?.speaker).toBe(c.speaker);
      const own = quoteSpeaker(c.sameAs, c.quote);
      expect(a?.entity).toBe(own?.entity);
    });
  }

  const before: { style: string; text: string; own: string; quote: string }[] = [
    { style: "wire: a foreign ministry spokesman", text: "“We have lodged a protest,” a foreign ministry spokesman told reporters.", own: "“We have lodged a protest,” the foreign ministry told reporters.", quote: "We have lodged" },
    { style: "British paper: the council's spokeswoman", text: "“Every tenant will be rehoused,” the council's spokeswoman said.", own: "“Every tenant will be rehoused,” the council said.", quote: "Every tenant" },
    { style: "American paper: a police spokesperson", text: "“The scene is secure,” a police spokesperson said.", own: "“The scene is secure,” police said.", quote: "The scene is secure" },
  ];
  for (const c of before) {
    it(`the body's name before the word: ${c.style}`, () => {
      const a = quoteSpeaker(c.text, c.quote);
      expect(a?.speaker).toMatch(/spokes/);
      expect(a?.entity).toBe(quoteSpeaker(c.own, c.quote)?.entity);
    });
  }
  it("a senior spokesman speaks for no one named", () => {
    expect(quoteSpeaker("“We have lodged a protest,” a senior spokesman said.", "We have lodged")?.entity).not.toBe("senior");
  });

  it("a figure credited to a spokesman for the fire service is the service's", () => {
    const text = "A spokesman for the fire service said 126 firefighters had been sent to the blaze.";
    const [q] = quantities(text).filter((c) => c.value === 126);
    expect(q?.attribution?.speaker).toBe("A spokesman for the fire service");
    expect(attributions(text).map((a) => a.attribution.speaker)).not.toContain("for the fire service");
  });

  it("“according to a spokesperson for the regional police”", () => {
    const [q] = quantities("According to a spokesperson for the regional police, 40 people were detained overnight.").filter((c) => c.value === 40);
    expect(q?.attribution?.speaker).toBe("a spokesperson for the regional police");
  });
});

describe("a spokesperson for a person or an office holder is not that person", () => {
  it("a spokesman for Emmanuel Macron: the spokesman speaks, not Macron", () => {
    const a = quoteSpeaker("“The president has no plans to travel this week,” a spokesman for Emmanuel Macron told reporters.", "The president has no plans");
    expect(a?.speaker).toBe("a spokesman for Emmanuel Macron");
    expect(a?.entity?.startsWith("person:")).toBe(false);
  });
  it("a spokeswoman for the interior minister is not the minister", () => {
    const a = quoteSpeaker("“Every family will be housed before winter,” said a spokeswoman for the interior minister.", "Every family will be housed");
    const own = quoteSpeaker("“Every family will be housed before winter,” said the interior minister.", "Every family will be housed");
    expect(a?.speaker).toBe("a spokeswoman for the interior minister");
    expect(a?.entity).not.toBe(own?.entity);
  });
  it("a spokesman and another speaker joined by “and the”: the spokesman is not read as one long name", () => {
    const a = quoteSpeaker("“The talks will resume,” a spokesman for the ministry and the union's general secretary said.", "The talks will resume");
    expect(a?.speaker).not.toBe("a spokesman for the ministry and the union's general secretary");
  });
  it("a name before the apposition still speaks: “John Kirby, a spokesman for the Pentagon, said”", () => {
    expect(quoteSpeaker("“We are doing all we can,” John Kirby, a spokesman for the Pentagon, said.", "We are doing all")?.speaker).toBe("John Kirby");
  });
});

describe("a body's statement meets its spokesperson's and its officer's", () => {
  function kinds(a: string, b: string): string[] {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", a);
    corpus.set("file:///b.txt", b);
    corpus.commit();
    const qa = corpus.claimsOf("file:///a.txt").filter((c): c is QuoteClaim => c.kind === "quote");
    return qa.flatMap((q) => corpus.relationsOf(q.id)).map((r) => r.kind);
  }
  const storm = (line: string) => `October 13, 2026\n\nTyphoon Idra came ashore near Port Halden on Tuesday, flooding streets across Port Halden.\n\n${line}`;
  const WORDS = (years: string) => `Idra is the strongest typhoon to strike this coast in ${years} years, and the danger is not over`;

  it("a spokesperson for the service against the service itself: the rewording is found", () => {
    expect(kinds(storm(`“${WORDS("thirty")},” a spokesperson for the meteorological service said.`), storm(`“${WORDS("fifty")},” the meteorological service said.`))).toContain("quote-reworded");
  });
  it("the service's chief forecaster, named a sentence before “he said”, against its spokesperson", () => {
    const officer = storm(`The chief forecaster of the National Meteorological Service described the storm in stark terms. “${WORDS("fifty")},” he said.`);
    expect(kinds(storm(`“${WORDS("thirty")},” a spokesperson for the meteorological service said.`), officer)).toContain("quote-reworded");
  });
  it("the same words from two services' spokespeople are two speakers", () => {
    expect(kinds(storm(`“${WORDS("thirty")},” a spokesperson for the meteorological service said.`), storm(`“${WORDS("fifty")},” a spokesperson for the fire service said.`))).toEqual([]);
  });
  it("a spokesman's words are not compared with the person's own as one speaker's", () => {
    const a = "June 3, 2025\n\nPARIS, June 3 (Northwire) - Emmanuel Macron met union leaders in Paris on Tuesday.\n\n“The reform will go ahead this summer as planned,” a spokesman for Emmanuel Macron said.";
    const b = "June 3, 2025\n\nEmmanuel Macron met union leaders in Paris on Tuesday.\n\n“The reform will go ahead this autumn as planned,” Emmanuel Macron said.";
    expect(kinds(a, b)).toEqual([]);
  });
});
