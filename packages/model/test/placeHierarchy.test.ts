import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";
import { quantities, show } from "./helpers.js";

/**
 * A report about a region and a report about the town in it, each giving a figure whose sentence names
 * no place (the articles say where: one is mostly about Talmora, the other about Orvin). When an
 * article of the corpus puts the town in the region, and the report about the region names that town
 * and no other place it holds, the two reports are of one happening there, and figures of the same
 * known role meet. A region report that names two of its towns, a count of a whole region ("across
 * Talmora"), a figure whose role is not known, or no link at all: silence. Places are invented.
 */

describe("responders at work on the operation", () => {
  const cases: { style: string; text: string; at: string; role: string }[] = [
    { style: "American paper: drilled around the clock", text: "About 150 rescue workers drilled around the clock to reach the men, officials said.", at: "150", role: "present" },
    { style: "British paper: took turns drilling", text: "More than 200 rescue workers took turns drilling through rock to reach them.", at: "200", role: "present" },
    { style: "live blog: worked in shifts", text: "14:42 - More than 200 rescuers have worked in shifts since the collapse.", at: "200", role: "present" },
    { style: "wire: took part in the operation", text: "More than 200 rescuers took part in the operation, the emergency service said.", at: "200", role: "present" },
    { style: "translated agency: searched the rubble", text: "A total of 320 rescuers searched the rubble through the night.", at: "320", role: "present" },
    { style: "responders hurt are hurt", text: "Two rescuers were injured when a second section of the tunnel gave way.", at: "Two", role: "wounded" },
    { style: "a march is attended, not worked", text: "Some 2,000 nurses took part in the march through the capital.", at: "2,000", role: "attended" },
  ];
  for (const c of cases) {
    it(c.style, () => {
      const q = quantities(c.text).find((x) => x.span.text.includes(c.at));
      expect(q?.counted.role, show(q)).toBe(c.role);
    });
  }
});

describe("a figure in a report about a town against one in a report about its region", () => {
  const town =
    "Live: Orvin mine rescue\nNovember 6, 2025\n\n14:05 - The first of the trapped miners has reached the surface at the mine near Orvin.\n\n14:42 - More than 200 rescuers have worked in shifts since the collapse.\n";
  const region =
    "Talmora miners pulled alive from collapsed mine\nNovember 6, 2025\n\nRescuers on Thursday freed the miners trapped at a coal mine in eastern Talmora.\n\nAbout 150 rescue workers drilled around the clock to reach the men, officials said.\n\nThe mine near Orvin has been worked since the 1950s.\n";
  const explainer = "Where the mine is\nNovember 7, 2025\n\nOrvin, a mining town in eastern Talmora, has about 9,000 inhabitants.\n";
  const pairs = (...texts: string[]) => {
    const corpus = new Corpus();
    texts.forEach((t, i) => corpus.set(`file:///${"abcdef"[i]}.txt`, t));
    return corpus
      .conflicts()
      .filter((c) => c.kind === "quantity")
      .map((c) => c.claims.map((x) => x.span.text).sort());
  };

  it("meet when an article places the town in the region and the region's report names the town", () => {
    expect(pairs(town, region, explainer)).toEqual([["About 150", "More than 200"]]);
  });
  it("follow the link as the article that makes it comes and goes", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", town);
    corpus.set("file:///b.txt", region);
    expect(corpus.conflicts().filter((c) => c.kind === "quantity")).toEqual([]);
    corpus.set("file:///c.txt", explainer);
    expect(corpus.conflicts().filter((c) => c.kind === "quantity").length).toBe(1);
    corpus.remove("file:///c.txt");
    expect(corpus.conflicts().filter((c) => c.kind === "quantity")).toEqual([]);
  });
  it("stay apart when nothing says the town is in the region", () => {
    expect(pairs(town, region)).toEqual([]);
  });
  it("stay apart when the region's report names two of its towns", () => {
    const wider = region.replace("The mine near Orvin has been worked since the 1950s.", "Mines near Orvin and Lurn have been worked since the 1950s.");
    const explainer2 = `${explainer}\nLurn, a village in northern Talmora, lies 40km away.\n`;
    expect(pairs(town, wider, explainer2)).toEqual([]);
  });
  it("stay apart when the region's figure counts the whole region", () => {
    const whole = region.replace("About 150 rescue workers drilled", "Across Talmora, about 150 rescue workers drilled");
    expect(pairs(town, whole, explainer)).toEqual([]);
  });
  it("stay apart when the region's report does not name the town", () => {
    const elsewhere = region.replace("The mine near Orvin has been worked since the 1950s.", "The mine has been worked since the 1950s.");
    expect(pairs(town, elsewhere, explainer)).toEqual([]);
  });
  it("stay apart when only the town's report names the region", () => {
    // the town's report names Talmora in passing; the region's report, about all of Talmora, names no town
    const townNamingRegion = town.replace("at the mine near Orvin.", "at the mine near Orvin, the worst-hit place in Talmora this week.");
    const regionAlone = region.replace("The mine near Orvin has been worked since the 1950s.", "Mines across the province have been worked since the 1950s.");
    expect(pairs(townNamingRegion, regionAlone, explainer)).toEqual([]);
  });
  it("stay apart when the figures' role is not known", () => {
    const a = town.replace("More than 200 rescuers have worked in shifts since the collapse.", "All 14 men are said to be conscious.");
    const b = region.replace("About 150 rescue workers drilled around the clock to reach the men, officials said.", "Twelve men were in the tunnel, officials said.");
    expect(pairs(a, b, explainer)).toEqual([]);
  });
});
