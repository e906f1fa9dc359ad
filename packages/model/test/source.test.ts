import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";
import { analyze, show } from "./helpers.js";

const BODY =
  "Rescue teams worked through the night after the river burst its banks on Sunday.\n\n" +
  "About 3,000 residents were evacuated from low-lying streets, the regional council said.\n";

describe("title and date line", () => {
  it("the headline is the title", () => {
    const s = analyze(`Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n${BODY}`).source;
    expect(s.title).toBe("Flood Waters Recede In The Lower Valley");
  });

  it("a headline in quotation marks loses the marks", () => {
    const s = analyze(`“Valley Towns Count The Cost Of The Flood”\nMarch 14, 2024\n\n${BODY}`).source;
    expect(s.title).toBe("Valley Towns Count The Cost Of The Flood");
  });

  const forms: { line: string; date: string }[] = [
    { line: "January 14, 2025", date: "2025-01-14" },
    { line: " January 14, 2025", date: "2025-01-14" },
    { line: " date 2025-01-12 By Newsroom Staff", date: "2025-01-12" },
    { line: "Date: 2025-01-12", date: "2025-01-12" },
    { line: "Published 3 March 2024", date: "2024-03-03" },
    { line: "Published: Monday, 4 March 2024", date: "2024-03-04" },
    { line: "Updated March 3, 2024, 9:15 AM GMT", date: "2024-03-03" },
    { line: "14 Jan 2025 | World", date: "2025-01-14" },
    // a line of fields set apart by bars or dots: the date is one of them
    { line: "14.03.2026 | Northern Press Agency (NPA) | Translated from the original", date: "2026-03-14" },
    { line: "By Newsroom Staff | Regional Desk | March 14, 2026 | 4 min read", date: "2026-03-14" },
    { line: "World news · Europe · Published 14 March 2026 · Updated 15 March 2026", date: "2026-03-14" },
  ];
  for (const f of forms) {
    it(`date line “${f.line}” → ${f.date}`, () => {
      const s = analyze(`Flood Waters Recede In The Lower Valley\n${f.line}\n\n${BODY}`).source;
      expect(s.date).toBe(f.date);
      expect(s.dateFrom).toBe("dateline");
      expect(s.dateConfidence).toBe(1);
    });
  }

  it("a date in the first sentence of the body is not a date line", () => {
    const text = "Flood Waters Recede In The Lower Valley\n\nThe dam, completed on June 3, 2011, held firm as rescue teams worked through the night and the council kept the schools shut.\n";
    const s = analyze(text).source;
    expect(s.dateFrom).not.toBe("dateline");
  });

  it("with no date line, the latest full date of the text is the inferred date", () => {
    const text =
      "Flood Waters Recede In The Lower Valley\n\n" +
      "The river first rose on March 3, 2024. By March 5, 2024, the water had reached the market square.\n";
    const s = analyze(text).source;
    expect(s.date).toBe("2024-03-05");
    expect(s.dateFrom).toBe("text");
    expect(s.dateConfidence).toBeLessThan(1);
  });

  it("with no date anywhere, there is no date", () => {
    const s = analyze(`Flood Waters Recede In The Lower Valley\n\n${BODY}`).source;
    expect(s.date).toBeUndefined();
    expect(s.dateFrom).toBe("none");
  });

  it("in a corpus, an undated article is read against the dates of the others", () => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", `Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n${BODY}`);
    corpus.set("file:///b.txt", `River Levels Fall After Weekend Flood\n\n${BODY}`);
    const b = corpus.sources().find((s) => s.uri === "file:///b.txt")!;
    expect(b.date).toBe("2024-03-14");
    expect(b.dateFrom).toBe("corpus");
    expect(b.dateConfidence).toBeLessThan(1);
    // its "on Sunday" is then the Sunday before that date
    const sunday = corpus.claimsOf("file:///b.txt").find((c) => c.kind === "date");
    expect(sunday?.kind === "date" && sunday.resolved?.start, show(sunday)).toBe("2024-03-10");
  });
});

describe("authors, publisher and cited outlets", () => {
  it("a byline under the headline names the authors", () => {
    const s = analyze(`Flood Waters Recede In The Lower Valley\nBy Weather Desk and Metro Desk\nMarch 14, 2024\n\n${BODY}`).source;
    expect(s.authors).toEqual(["Weather Desk", "Metro Desk"]);
  });

  it("a byline on the date line names the author", () => {
    const s = analyze(`Flood Waters Recede In The Lower Valley\n date 2025-01-12 By Newsroom Staff\n\n${BODY}`).source;
    expect(s.authors).toEqual(["Newsroom Staff"]);
  });

  it("the copyright footer names the publisher", () => {
    const text = `Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n${BODY}\nCopyright 2024, Harbour Post Media. All rights reserved.\n`;
    expect(analyze(text).source.publisher).toBe("Harbour Post Media");
  });

  it("a © footer names the publisher", () => {
    const text = `Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n${BODY}\n© 2024 Valley Gazette Ltd\n`;
    expect(analyze(text).source.publisher).toBe("Valley Gazette Ltd");
  });

  it("outlets the article cites", () => {
    const text =
      "Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n" +
      "According to the Washington Post, the dam had not been inspected for a decade.\n" +
      "The figure was first reported by the Lakeside Gazette on Monday.\n" +
      "According to the regional council, 3,000 people left their homes.\n";
    const s = analyze(text).source;
    expect(s.cites).toContain("Washington Post");
    expect(s.cites).toContain("Lakeside Gazette");
    // a council is a source of figures, not an outlet
    expect(s.cites.some((c) => /council/i.test(c))).toBe(false);
  });
});

describe("page furniture yields no claims", () => {
  const article = (tail: string) =>
    "Flood Waters Recede In The Lower Valley\nMarch 14, 2024\n\n" +
    "Rescue teams worked through the night after the river burst its banks on Sunday.\n\n" +
    "About 3,000 residents were evacuated from low-lying streets, the regional council said. " +
    "The water reached the first floor of the town hall, and the council said repairs would take months.\n\n" +
    "Engineers will inspect the embankment on Friday, when the level is expected to fall below the warning mark.\n\n" +
    tail;

  const tails: { label: RegExp; tail: string }[] = [
    { label: /^Leave a Reply/, tail: "Leave a Reply\nYour email address will not be published. Required fields are marked *\nI counted 40 boats on the river on Monday, 12 more than last year.\n" },
    { label: /^Related Articles/, tail: "Related Articles\nTwelve killed as storm hits the coast on Tuesday\nAbout 5,000 flee rising water in the north\n" },
    { label: /^Back to top/, tail: "Back to top\nMore than 200 stories on the flood are in our archive since March 2, 2024.\n" },
  ];
  for (const t of tails) {
    it(`nothing after “${t.tail.split("\n")[0]}” is a claim`, () => {
      const text = article(t.tail);
      const doc = analyze(text);
      const range = doc.source.boilerplate.find((b) => t.label.test(b.label));
      expect(range, JSON.stringify(doc.source.boilerplate)).toBeDefined();
      const tailStart = text.indexOf(t.tail.split("\n")[0]);
      expect(range!.start).toBe(tailStart);
      expect(doc.claims.filter((c) => c.span.start >= tailStart).map(show)).toEqual([]);
      // the article's own figures are still there
      expect(doc.claims.some((c) => c.kind === "quantity" && c.span.text === "About 3,000")).toBe(true);
    });
  }

  it("a copyright line is furniture wherever it stands", () => {
    const text = article("") + "Copyright 2024, Harbour Post Media. 2,000 words, 12 photos. All rights reserved.\n";
    const doc = analyze(text);
    const line = text.indexOf("Copyright");
    expect(doc.source.boilerplate.some((b) => b.start === line)).toBe(true);
    expect(doc.claims.filter((c) => c.span.start >= line).map(show)).toEqual([]);
  });
});

describe("pages as scraped from the web", () => {
  const BODY_FIGURE = "About 3,000";
  const page = (top: string, middle: string) =>
    `${top}Flood Waters Recede In The Lower Valley\n\nBy Staff Reporter\nUpdated: Thursday 14 March 2024 18:04 GMT\n5 min read\n\n` +
    "Rescue teams worked through the night after the river burst its banks on Sunday.\n\n" +
    `${middle}` +
    "About 3,000 residents were evacuated from low-lying streets, the regional council said. " +
    "The water reached the first floor of the town hall, and the council said repairs would take months.\n\n" +
    "Engineers will inspect the embankment on Friday, when the level is expected to fall below the warning mark.\n";
  const NAV = "Skip to main content\nMenu\nSearch\nSubscribe\nSign in\nHome > News > UK\n\n";

  it("navigation above the headline is no headline, and the date line under a byline is found", () => {
    const s = analyze(page(NAV, "")).source;
    expect(s.title).toBe("Flood Waters Recede In The Lower Valley");
    expect(s.date).toBe("2024-03-14");
    expect(s.dateFrom).toBe("dateline");
  });

  const furniture: { label: string; middle: string; not: string[] }[] = [
    { label: "an inline “READ MORE:” headline", middle: "READ MORE: Twelve killed as storm hits the coast on Tuesday\n\n", not: ["Twelve", "Tuesday"] },
    { label: "a “See also:” link", middle: "See also: 40 homes flooded in 2019, council report shows\n\n", not: ["40", "2019"] },
    {
      label: "a most-read list between paragraphs",
      middle: "Most read\n1. Two arrested after 40 cars damaged in overnight spree\n2. Council approves £12m budget for new clinic\n3. Weather warning as 80mph winds forecast\n\n",
      not: ["Two", "40", "£12m", "80mph"],
    },
    {
      label: "a related list without a noun",
      middle: "Related\nHospital cyber attacks: 25 incidents in Europe last year\nHow ransomware gangs choose their victims\n\n",
      not: ["25", "last year"],
    },
  ];
  for (const f of furniture) {
    it(`${f.label} yields no claims, and the article's own figures stay`, () => {
      const doc = analyze(page(NAV, f.middle));
      const texts = doc.claims.map((c) => c.span.text);
      for (const n of f.not) expect(texts.some((t) => t.includes(n)), `${n} in ${texts.join(" | ")}`).toBe(false);
      expect(texts).toContain(BODY_FIGURE);
      expect(texts).toContain("Friday");
    });
  }

  it("the reading time is no figure", () => {
    expect(analyze(page("", "")).claims.map((c) => c.span.text)).not.toContain("5");
  });
});

describe("a labelled date before a headline is the page's, not a claim", () => {
  it.each([
    "date 2025-01-08 Death toll in mountain earthquake rises to 126, rescue work continues",
    "Published: 08/01/2025 Death toll in mountain earthquake rises to 126",
    "Updated 2025-01-08 Quake toll rises to 126 as rescuers search the rubble",
  ])("%s", (first) => {
    const a = analyze(`${first}\n\nThe earthquake struck on Tuesday morning, killing at least 126 people, officials said.\n`);
    expect(a.claims.filter((c) => c.kind === "date").map((c) => c.span.text)).toEqual(["Tuesday morning"]);
    expect(a.claims.some((c) => c.kind === "quantity" && c.span.text.includes("126") && c.sentence.start === 0)).toBe(true);
  });
});
