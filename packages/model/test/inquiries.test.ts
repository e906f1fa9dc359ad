import { describe, expect, it } from "vitest";
import { Corpus, type DateClaim } from "../src/index.js";
import { analyze, show } from "./helpers.js";

/**
 * The day an investigation was opened ("regulators opened an investigation in March", "began looking
 * into the problem in April 2024", "launched an inquiry on Monday"): a happening of its own class,
 * `inquiry`. An investigation into one thing is opened once, so when the sentence names no one
 * (the regulator is unnamed, the firm is what the article is about) the article's subject takes part:
 * the opening meets the other reports' openings of an investigation into the same firm. A sentence that
 * names who opened it (the United States, the European Union) keeps them: two regulators' investigations
 * are two. Meetings are left alone: talks are held again and again, and "talks on Monday" against
 * "talks on Tuesday" is as often two rounds as one misdated. Firms and places are invented.
 */

function dateAt(text: string, at: string): DateClaim {
  const all = analyze(text).claims.filter((c): c is DateClaim => c.kind === "date");
  const start = text.indexOf(at, text.indexOf("\n\n"));
  const over = all.filter((c) => c.span.start < start + at.length && start < c.span.end);
  expect(over.length, `one date over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}
const report = (body: string) => `Kestrel Motors recalls 400,000 cars\nMarch 6, 2025\n\nKestrel Motors is recalling 400,000 cars over a faulty airbag sensor, Kestrel Motors said on Thursday.\n\n${body}\n`;

describe("the opening of an investigation is a happening of its own", () => {
  const cases: { style: string; body: string; at: string; cls?: string; not?: string }[] = [
    { style: "wire", body: "Road safety regulators opened an investigation into the sensor in March last year after 56 complaints.", at: "March last year", cls: "inquiry" },
    { style: "American paper", body: "Federal regulators opened a probe in March 2024 after receiving 56 complaints.", at: "March 2024", cls: "inquiry" },
    { style: "British paper", body: "Regulators in the United States began looking into the problem in April 2024, after drivers lodged dozens of complaints.", at: "April 2024", cls: "inquiry" },
    { style: "translated statement", body: "The transport inspectorate launched an inquiry on 3 March into the braking system.", at: "3 March", cls: "inquiry" },
    // an investigation that found, ended or reported on a day: no opening
    { style: "a finding", body: "An investigation in March found no link between the sensor and the crashes.", at: "March", not: "inquiry" },
    { style: "an end", body: "The regulator closed its investigation on Monday.", at: "Monday", not: "inquiry" },
  ];
  for (const c of cases) {
    it(`${c.style}: ${c.body}`, () => {
      const d = dateAt(report(c.body), c.at);
      if (c.cls) expect(d.event[0], show(d)).toBe(c.cls);
      if (c.not) expect(d.event[0], show(d)).not.toBe(c.not);
    });
  }
  it("with no one named, the article's subject takes part", () => {
    expect(dateAt(report("Road safety regulators opened an investigation into the sensor in March last year."), "March last year").event).toContain("kestrel");
  });
});

describe("two reports of one investigation's opening", () => {
  const dates = (a: string, b: string) => {
    const corpus = new Corpus();
    corpus.set("file:///a.txt", report(a));
    corpus.set("file:///b.txt", report(b));
    return corpus.conflicts().filter((c) => c.kind === "date").length;
  };
  it("an unnamed regulator's month against the US regulator's: a disagreement", () => {
    expect(dates("Road safety regulators opened an investigation into the sensor in March last year.", "Regulators in the United States began looking into the problem in April 2024.")).toBe(1);
  });
  it("the same month, once relative and once written out: none", () => {
    expect(dates("Road safety regulators opened an investigation into the sensor in March last year.", "Federal regulators opened a probe in March 2024.")).toBe(0);
  });
  it("two regulators named, two investigations: none", () => {
    expect(dates("Regulators in the United States opened an investigation in March 2024.", "Regulators in the European Union opened an investigation in June 2024.")).toBe(0);
  });
  it("talks on two days are left alone", () => {
    expect(dates("The two sides met on Monday but failed to agree.", "The two sides met on Tuesday but failed to agree.")).toBe(0);
  });
});
