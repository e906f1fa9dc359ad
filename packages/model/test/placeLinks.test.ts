import { describe, expect, it } from "vitest";
import { Corpus, nameKey } from "../src/index.js";
import { analyze } from "./helpers.js";

/** One link between two places, as an article's `placeLinks` holds it (two keys, in order). */
const link = (x: string, y: string) => [nameKey(x), nameKey(y)].sort().join("|");
const linksOf = (text: string) => analyze(text).placeLinks ?? [];

describe("a place inside another, as the article itself says", () => {
  const cases: { text: string; links: string[] }[] = [
    // wire appositives
    { text: "Floods cut off Orvin, a mining town in eastern Talmora, on Monday.", links: [link("Orvin", "Talmora")] },
    { text: "The blast hit Kessel, a port city in the far north of Varsenia, shortly after midnight.", links: [link("Kessel", "Varsenia")] },
    { text: "Rescuers reached Brisk, an isolated village in the Talmoran highlands, and Orvin on Tuesday.", links: [] },
    // British papers: "in the north of", "in northern"
    { text: "The fire started in Kessel, in the north of Varsenia, late on Sunday.", links: [link("Kessel", "Varsenia")] },
    { text: "Residents of Lurn, in southern Talmora, were told to leave.", links: [link("Lurn", "Talmora")] },
    { text: "The mine near Orvin in eastern Talmora employs 900 people.", links: [link("Orvin", "Talmora")] },
    // the people of a place the article names
    { text: "Talmora has been hit by storms all week.\n\nThe storm reached the Talmoran town of Orvin on Tuesday.", links: [link("Orvin", "Talmora")] },
    // a place and its country in brackets, or after a comma
    { text: "Rescuers reached Brisk (Talmora) late on Sunday.", links: [link("Brisk", "Talmora")] },
    { text: "The factory in Lurn, Talmora, closed on Friday.", links: [link("Lurn", "Talmora")] },
    // datelines
    { text: "Bridge shut\n\nORVIN, Talmora, March 3 (Coastline News) — The bridge was closed on Monday.", links: [link("Orvin", "Talmora")] },
    { text: "Bridge shut\n\nORVIN, Talmora — The bridge was closed on Monday.", links: [link("Orvin", "Talmora")] },
    // a headline's figure over the lede's: one count, given with the country and with the town
    { text: "All 14 miners rescued in Talmora\n\nAll 14 miners trapped near Orvin were brought to the surface on Thursday.", links: [link("Orvin", "Talmora")] },
    { text: "Officials said Orvin, the capital of Talmora, was hit on Monday.", links: [link("Orvin", "Talmora")] },
    { text: "He was born in Lagos, Nigeria, in 1970.", links: [link("Lagos", "Nigeria")] },
    // no link
    { text: "Speaking in Orvin, Zelensky said the talks would go on.", links: [] },
    { text: "Markets in Orvin, Kessel Bay and Lurn fell.", links: [] },
    { text: "Bridge shut\n\nORVIN, March 3 (Coastline News) — The bridge was closed on Monday.", links: [] },
    { text: "Flights from Orvin, Kessel and Brisk were cancelled on Monday.", links: [] },
    { text: "Protests were held in Orvin, Kessel, and Lurn on Saturday.", links: [] },
    { text: "The camp lies in Orvin, 40km north of Talmora City.", links: [] },
    { text: "Ukraine's president, Volodymyr Zelensky, visited Orvin on Monday.", links: [] },
    { text: "Rescuers from Orvin in Talmora joined the search.", links: [] },
    { text: "All 14 miners rescued in Talmora\nMarch 3, 2025\n\nIn 2019, 14 miners died near Orvin.", links: [] },
  ];
  it.each(cases)("$text", ({ text, links }) => {
    expect(linksOf(text).sort()).toEqual(links.sort());
  });
});

describe("a figure for a town against one for its region", () => {
  const wire = "Miners freed\nNovember 6, 2025\n\nAll 14 miners trapped near Orvin were brought to the surface alive on Thursday, the emergency service said.\n";
  const paper = "Miners pulled alive from mine\nNovember 6, 2025\n\nRescuers on Thursday freed 12 miners who had been trapped at a coal mine in eastern Talmora.\n";
  const explainer = "Where the mine is\nNovember 7, 2025\n\nOrvin, a mining town in eastern Talmora, has about 9,000 inhabitants.\n";
  const quantityPairs = (corpus: Corpus) =>
    corpus
      .conflicts()
      .filter((c) => c.kind === "quantity")
      .map((c) => c.claims.map((x) => x.span.text).sort());

  it("are compared when an article of the corpus places the town in the region", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", wire);
    corpus.set("file:///b.txt", paper);
    corpus.set("file:///c.txt", explainer);
    expect(quantityPairs(corpus)).toEqual([["12", "14"]]);
  });

  it("are not compared when nothing says where the town is", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", wire);
    corpus.set("file:///b.txt", paper);
    expect(quantityPairs(corpus)).toEqual([]);
  });

  it("follow the articles as they come and go", () => {
    const corpus = new Corpus();
    corpus.update("file:///a.txt", wire);
    corpus.update("file:///b.txt", paper);
    expect(quantityPairs(corpus)).toEqual([]);
    corpus.update("file:///c.txt", explainer);
    expect(quantityPairs(corpus)).toEqual([["12", "14"]]);
    corpus.remove("file:///c.txt");
    expect(quantityPairs(corpus)).toEqual([]);
  });

  it("are not compared when one of them counts the whole region", () => {
    // "across Talmora", "nationwide": a whole, of which the town's count may be a part
    const town = "Floods hit Orvin\nMarch 4, 2025\n\nFloods killed 12 people in Orvin on Monday, officials said.\n";
    const whole = "Floods kill 40\nMarch 4, 2025\n\nFloods killed 40 people across Talmora on Monday, the government said.\n";
    const where = "Where the floods hit\nMarch 5, 2025\n\nOrvin, a river town in eastern Talmora, was the worst hit on Monday.\n";
    const corpus = new Corpus();
    corpus.set("file:///a.txt", town);
    corpus.set("file:///b.txt", whole);
    corpus.set("file:///c.txt", where);
    expect(quantityPairs(corpus)).toEqual([]);
  });

  it("are not compared when an article gives the town and the region figures of their own", () => {
    // "12 died in Orvin, 40 across Talmora": the region's toll is a whole, the town's a part
    const both =
      "Floods kill 40\nMarch 4, 2025\n\nFloods killed 40 people across Talmora on Monday. In Orvin, a river town in eastern Talmora, 12 people were killed on Monday.\n";
    const town = "Floods hit Orvin\nMarch 4, 2025\n\nFloods killed 12 people in Orvin on Monday, officials said.\n";
    const region = "Floods hit Talmora\nMarch 5, 2025\n\nFloods killed 40 people in Talmora on Monday, the government said.\n";
    const corpus = new Corpus();
    corpus.set("file:///a.txt", both);
    corpus.set("file:///b.txt", town);
    corpus.set("file:///c.txt", region);
    expect(quantityPairs(corpus)).toEqual([]);
  });
});

describe("the day of a disaster in a town and in its region", () => {
  const wire = "Miners trapped\nNovember 4, 2025\n\nFourteen miners were trapped when a tunnel caved in on Monday morning near Orvin, the emergency service said.\n";
  const paper = "Miners trapped in mine\nNovember 4, 2025\n\nTwelve miners have been trapped since a tunnel collapsed on Sunday at a coal mine in eastern Talmora.\n";
  const explainer = "Where the mine is\nNovember 5, 2025\n\nOrvin, a mining town in eastern Talmora, has about 9,000 inhabitants.\n";
  const datePairs = (corpus: Corpus) =>
    corpus
      .conflicts()
      .filter((c) => c.kind === "date")
      .map((c) => c.claims.map((x) => x.span.text).sort());

  it("are compared when an article places the town in the region", () => {
    const corpus = new Corpus();
    corpus.update("file:///a.txt", wire);
    corpus.update("file:///b.txt", paper);
    expect(datePairs(corpus)).toEqual([]);
    corpus.update("file:///c.txt", explainer);
    expect(datePairs(corpus)).toEqual([["Monday morning", "Sunday"]]);
  });
});
