import { describe, expect, it } from "vitest";
import { analyzeDocument, defaultOptions, type DateClaim } from "../src/index.js";
import { extractDates } from "../src/extract/dates.js";
import { analyze, show } from "./helpers.js";

/** An article with a headline, a date line in the given form, and one body paragraph. */
function article(dateLine: string, body: string): string {
  return `Floodwaters Rise Across The Lower Valley\n${dateLine}\n\n${body}\n`;
}

function dateAt(text: string, at: string): DateClaim {
  const all = analyze(text).claims.filter((c): c is DateClaim => c.kind === "date");
  // the needle is looked for in the body, after the headline and the date line
  const start = text.indexOf(at, Math.max(0, text.indexOf("\n\n")));
  const over = all.filter((c) => c.span.start < start + at.length && start < c.span.end);
  expect(over.length, `one date over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

// 2024-03-12 is a Tuesday.
const TUESDAY = "March 12, 2024";

describe("dates resolved against the article's own date", () => {
  const cases: { body: string; at: string; start: string; end?: string; granularity: string; relative: boolean; dateLine?: string }[] = [
    { body: "The river burst its banks on March 3, 2024, the agency said.", at: "March 3, 2024", start: "2024-03-03", granularity: "day", relative: false },
    { body: "The dam was last inspected on 3 March 2024, the council said.", at: "3 March 2024", start: "2024-03-03", granularity: "day", relative: false },
    { body: "A flood warning was issued on 2024-03-03.", at: "2024-03-03", start: "2024-03-03", granularity: "day", relative: false },
    { body: "The river burst its banks on March 3, officials said.", at: "March 3", start: "2024-03-03", granularity: "day", relative: true },
    { body: "The river burst its banks on Thursday, officials said.", at: "Thursday", start: "2024-03-07", granularity: "day", relative: true },
    { body: "Evacuations began on Monday as the water kept rising.", at: "Monday", start: "2024-03-11", granularity: "day", relative: true },
    { body: "The mayor's office said on Tuesday that schools would stay shut.", at: "Tuesday", start: "2024-03-12", granularity: "day", relative: true },
    { body: "The embankment was repaired last August.", at: "last August", start: "2023-08-01", end: "2023-08-31", granularity: "month", relative: true },
    { body: "The flood defences were finished in 2019.", at: "2019", start: "2019-01-01", end: "2019-12-31", granularity: "year", relative: false },
    { body: "The levee failed two days ago, residents said.", at: "two days ago", start: "2024-03-10", granularity: "day", relative: true },
    { body: "The first pumps arrived yesterday.", at: "yesterday", start: "2024-03-11", granularity: "day", relative: true },
    { body: "The inquiry will publish its findings on Friday.", at: "Friday", start: "2024-03-15", granularity: "day", relative: true },
    // a day and month without a year, a few weeks ahead of the report: upcoming, not last year's
    { body: "Unions have called a nationwide strike for March 24.", at: "March 24", start: "2024-03-24", granularity: "day", relative: true },
    { body: "The council meets again on April 2 to vote on the repairs.", at: "April 2", start: "2024-04-02", granularity: "day", relative: true },
    // more than a month ahead: the one of the past year
    { body: "The levee was last raised on June 3.", at: "June 3", start: "2023-06-03", granularity: "day", relative: true },
    // "May" is the one month that is also a verb: a month after "in", before a day or after one
    { body: "The old bridge was closed in May after cracks were found.", at: "May", start: "2023-05-01", end: "2023-05-31", granularity: "month", relative: true },
    { body: "Inspectors first raised the alarm on May 2, 2023.", at: "May 2, 2023", start: "2023-05-02", granularity: "day", relative: false },
    { body: "The barrier was tested on 14 May 2022 and again a year later.", at: "14 May 2022", start: "2022-05-14", granularity: "day", relative: false },
    // the long forms are read whole
    { body: "The levee gave way on the evening of Saturday, March 9, 2024, residents said.", at: "Saturday, March 9, 2024", start: "2024-03-09", granularity: "day", relative: false },
    { body: "Crews reached the village at 3 p.m. local time on Monday, the agency said.", at: "Monday", start: "2024-03-11", granularity: "day", relative: true },
    { body: "The gauge at the weir was replaced three weeks ago.", at: "three weeks ago", start: "2024-02-20", granularity: "day", relative: true },
  ];
  for (const c of cases) {
    it(`${c.body} (dated ${c.dateLine ?? TUESDAY}) → ${c.start}`, () => {
      const d = dateAt(article(c.dateLine ?? TUESDAY, c.body), c.at);
      expect(d.resolved, show(d)).toBeDefined();
      expect(d.resolved!.start, show(d)).toBe(c.start);
      expect(d.resolved!.end, show(d)).toBe(c.end ?? c.start);
      expect(d.resolved!.granularity, show(d)).toBe(c.granularity);
      expect(d.relative, show(d)).toBe(c.relative);
    });
  }

  // a weekday right after a verb in the past is past, whatever the rest of the sentence plans
  const pastVerbCases: { body: string; at: string; start: string }[] = [
    { body: "The minister said on Monday that the bridge will remain closed until April.", at: "Monday", start: "2024-03-11" },
    { body: "The transport ministry said Thursday the line will reopen next month.", at: "Thursday", start: "2024-03-07" },
    { body: "Talks broke down on Friday and will resume after the holiday, the union said.", at: "Friday", start: "2024-03-08" },
    { body: "Officials announced on Sunday that a new levee will be built.", at: "Sunday", start: "2024-03-10" },
    { body: "The council, which met on Monday, will vote again next week.", at: "Monday", start: "2024-03-11" },
    { body: "The Home Office confirmed on Monday that the scheme will be extended.", at: "Monday", start: "2024-03-11" },
    { body: "The mayor told reporters on Saturday that the school will stay shut.", at: "Saturday", start: "2024-03-09" },
    { body: "The ministry said in a statement on Friday that talks will continue.", at: "Friday", start: "2024-03-08" },
    // the future of a quotation is the speaker's, not the narration's
    { body: "\"We will find out exactly what went wrong,\" the transport minister said at the scene on Tuesday morning.", at: "Tuesday morning", start: "2024-03-12" },
    { body: "The mayor, who visited the site on Monday, told reporters: \"We will rebuild.\"", at: "Monday", start: "2024-03-11" },
    { body: "“Repairs will take months,” the council’s engineer said on Sunday.", at: "Sunday", start: "2024-03-10" },
    // a verb in the past with its object before the date
    { body: "The company, which issued a profit warning in January, expects sales to grow this year.", at: "January", start: "2024-01-01" },
    { body: "The firm, which cut 300 jobs on Friday, plans to hire again next year.", at: "Friday", start: "2024-03-08" },
    { body: "The operator closed the line on Sunday and expects to reopen it within weeks.", at: "Sunday", start: "2024-03-10" },
    // what is planned stays ahead
    { body: "The bridge will reopen on Friday, the minister said.", at: "Friday", start: "2024-03-15" },
    { body: "Officials said the strike will begin on Thursday.", at: "Thursday", start: "2024-03-14" },
    { body: "The hearing is scheduled on Thursday, and the court will sit late.", at: "Thursday", start: "2024-03-14" },
    { body: "The road will be reopened on Friday, and buses will run again.", at: "Friday", start: "2024-03-15" },
    { body: "The minister said the talks will resume on Friday.", at: "Friday", start: "2024-03-15" },
    { body: "The airline said it plans to resume flights in April.", at: "April", start: "2024-04-01" },
  ];
  // a plan named as a noun is what the sentence is about, not what it plans; and a verb in the past
  // keeps its date past across a short phrase of place ("marched through the capital on Saturday")
  const planNounCases: { body: string; at: string; start: string }[] = [
    { body: "Tens of thousands marched through the capital on Saturday to protest against a government plan to raise the retirement age.", at: "Saturday", start: "2024-03-09" },
    { body: "Some 40,000 people rallied on Sunday against plans to close the hospital, police said.", at: "Sunday", start: "2024-03-10" },
    { body: "Farmers gathered outside parliament on Monday to oppose the ministry's plans to cut subsidies.", at: "Monday", start: "2024-03-11" },
    { body: "Residents protested in the town square on Saturday over the council's plan to build a bypass.", at: "Saturday", start: "2024-03-09" },
    { body: "Crowds massed in front of the presidential palace on Sunday, defying a ban.", at: "Sunday", start: "2024-03-10" },
    // still ahead: the subject plans, or the verb is a future's
    { body: "The union plans to march through the city centre on Saturday.", at: "Saturday", start: "2024-03-16" },
    { body: "Organisers plan to gather outside parliament on Friday.", at: "Friday", start: "2024-03-15" },
    { body: "The rally will be held in the main square on Saturday.", at: "Saturday", start: "2024-03-16" },
    // a forecast is ahead: "expect … on Wednesday"
    { body: "Forecasters expect temperatures near 40C on Wednesday, with humidity below 10 percent.", at: "Wednesday", start: "2024-03-13" },
    { body: "Organisers expect tens of thousands to join the march on Saturday.", at: "Saturday", start: "2024-03-16" },
    { body: "Police said on Monday they expect the road to stay closed.", at: "Monday", start: "2024-03-11" },
  ];
  for (const c of [...pastVerbCases, ...planNounCases]) {
    it(`${c.body} (dated ${TUESDAY}) → ${c.start}`, () => {
      const d = dateAt(article(TUESDAY, c.body), c.at);
      expect(d.resolved?.start, show(d)).toBe(c.start);
    });
  }

  it("late last year (dated March 12, 2024) → the end of 2023", () => {
    const d = dateAt(article(TUESDAY, "The troops were deployed to the border late last year."), "late last year");
    expect(d.resolved, show(d)).toBeDefined();
    expect(d.resolved!.start >= "2023-07-01", show(d)).toBe(true);
    expect(d.resolved!.end, show(d)).toBe("2023-12-31");
    expect(d.relative).toBe(true);
  });

  it("the war enters its third year (dated March 12, 2024) → it began two to three years before", () => {
    const d = dateAt(article(TUESDAY, "As the war enters its third year, the valley's towns are emptying."), "enters its third year");
    expect(d.resolved, show(d)).toBeDefined();
    expect(d.resolved!.start >= "2021-03-12", show(d)).toBe(true);
    expect(d.resolved!.end <= "2022-03-12", show(d)).toBe(true);
    // entering the third year: the start lies about two years back
    expect(d.resolved!.start <= "2022-03-01" && "2022-03-01" <= d.resolved!.end, show(d)).toBe(true);
  });

  it("a wire dateline gives the report's date, not an event's: it is no claim", () => {
    const text = article(TUESDAY, "LISBON, March 11 (Northwire) — Portuguese rescuers pulled 14 people from the water on Sunday, the civil protection agency said.");
    const all = analyze(text).claims.filter((c) => c.kind === "date");
    const at = text.indexOf("March 11");
    expect(all.filter((c) => c.span.start < at + 8 && at < c.span.end).map(show)).toEqual([]);
    expect(dateAt(text, "Sunday").resolved?.start).toBe("2024-03-10");
  });

  it("with no date line, a wire dateline with its year dates the article", () => {
    const text =
      "Rescuers Pull Fourteen From The Water\n\nLISBON, March 11, 2024 (Northwire) — Portuguese rescuers pulled 14 people from the water on Sunday, the civil protection agency said.\n";
    expect(analyze(text).referenceDate).toBe("2024-03-11");
    expect(dateAt(text, "Sunday").resolved?.start).toBe("2024-03-10");
  });

  it("a plan for a weekday is read forward: “expects the roads to reopen on Friday” (dated Thursday, November 7, 2024)", () => {
    const d = dateAt(article("November 7, 2024", "The council expects the main roads to reopen on Friday."), "Friday");
    expect(d.resolved?.start, show(d)).toBe("2024-11-08");
  });

  it("on Thursday in an article dated Thursday is that day, not a week earlier", () => {
    const d = dateAt(article("Date: 2024-03-14", "The council voted on Thursday to build a new flood wall."), "Thursday");
    expect(d.resolved?.start, show(d)).toBe("2024-03-14");
  });
});

describe("date line forms set the reference", () => {
  const forms: { dateLine: string; body: string; at: string; start: string }[] = [
    { dateLine: "March 14, 2024", body: "The levee broke on Saturday.", at: "Saturday", start: "2024-03-09" },
    { dateLine: "Date: 2024-03-14", body: "Engineers inspected the levee on Monday.", at: "Monday", start: "2024-03-11" },
    { dateLine: "Published 14 March 2024", body: "Engineers inspected the levee on Monday.", at: "Monday", start: "2024-03-11" },
    { dateLine: " date 2024-03-14 By Newsroom Staff", body: "Engineers inspected the levee on Monday.", at: "Monday", start: "2024-03-11" },
  ];
  for (const f of forms) {
    it(`“${f.dateLine.trim()}”: ${f.body} → ${f.start}`, () => {
      const text = article(f.dateLine, f.body);
      const doc = analyze(text);
      expect(doc.referenceDate).toBe("2024-03-14");
      const d = dateAt(text, f.at);
      expect(d.resolved?.start, show(d)).toBe(f.start);
    });
  }

  it("the date line itself is not a claim of the article", () => {
    const text = article(TUESDAY, "The water has started to fall.");
    const doc = analyze(text);
    expect(doc.claims.filter((c) => c.kind === "date").map(show)).toEqual([]);
  });

  it("a date line as the very first line, headline after it", () => {
    const text = "March 14, 2024\nLevee Breaks After Days Of Rain\n\nThe levee broke on Saturday.\n";
    expect(analyze(text).referenceDate).toBe("2024-03-14");
    expect(dateAt(text, "Saturday").resolved?.start).toBe("2024-03-09");
  });

  it("without any date, a bare weekday stays unresolved instead of guessing from today", () => {
    const text = "Levee Breaks After Days Of Rain\n\nThe levee broke on Saturday, the council said.\n";
    const d = dateAt(text, "Saturday");
    expect(d.relative).toBe(true);
    expect(d.resolved, show(d)).toBeUndefined();
  });
});

describe("a weekday that contradicts its date", () => {
  it("Wednesday, June 12 in 2025 (a Thursday) → weekdayMismatch", () => {
    const d = dateAt(article("June 20, 2025", "The ministry announced on Wednesday, June 12, that the bridge would reopen."), "June 12");
    expect(d.resolved?.start, show(d)).toBe("2025-06-12");
    expect(d.weekdayMismatch, show(d)).toEqual({ stated: "Wednesday", actual: "Thursday" });
  });

  it("Thursday, June 12 in 2025 → no mismatch", () => {
    const d = dateAt(article("June 20, 2025", "The ministry announced on Thursday, June 12, that the bridge would reopen."), "June 12");
    expect(d.resolved?.start, show(d)).toBe("2025-06-12");
    expect(d.weekdayMismatch, show(d)).toBeUndefined();
  });

  it("British order: Wednesday 12 June 2025 → weekdayMismatch", () => {
    const d = dateAt(article("June 20, 2025", "The ministry confirmed on Wednesday 12 June 2025 that the bridge would reopen."), "12 June 2025");
    expect(d.weekdayMismatch, show(d)).toEqual({ stated: "Wednesday", actual: "Thursday" });
  });
});

describe("an earlier happening of the same kind is not the one reported", () => {
  // "the last vote in 2015" dates the vote before this one: it is never compared with this vote's day
  const cases: { sentence: string; at: string; not: string }[] = [
    { sentence: "The coalition has governed for a decade, though its majority shrank at the last vote in 2015.", at: "2015", not: "elect" },
    { sentence: "Turnout was higher than at the previous election in 2019, observers said.", at: "2019", not: "elect" },
    { sentence: "The river last flooded the town in 2010, when the previous flood destroyed the old bridge.", at: "2010", not: "flood" },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const d = dateAt(article(TUESDAY, c.sentence), c.at);
      expect(d.event[0], show(d)).not.toBe(c.not);
    });
  }
  it("“voters last week elected…”: a time after “last”, not an earlier happening", () => {
    const d = dateAt(article(TUESDAY, "Voters last week elected a new regional assembly."), "last week");
    expect(d.event[0], show(d)).toBe("elect");
  });
  it("the vote of the report keeps its event: “went to the polls on Sunday”", () => {
    const d = dateAt(article(TUESDAY, "Voters went to the polls on Sunday to elect a new regional assembly."), "Sunday");
    expect(d.event[0], show(d)).toBe("elect");
  });
});

describe("a month of a year named relatively", () => {
  // a British and wire habit: the month, then the year counted from the article's date
  const ref = new Date("2025-03-06T00:00:00Z");
  const cases: [string, string, string][] = [
    ["Regulators opened an investigation into the sensor in March last year.", "March last year", "2024-03"],
    ["The plant was closed in June of last year after a fire.", "June of last year", "2024-06"],
    ["The new terminal is due to open in October this year.", "October this year", "2025-10"],
    ["Elections are expected in May next year.", "May next year", "2026-05"],
  ];
  for (const [sentence, text, month] of cases) {
    it(sentence, () => {
      const found = extractDates(sentence, ref);
      expect(found.map((d) => [d.text, d.resolved?.start.slice(0, 7), d.resolved?.granularity])).toEqual([[text, month, "month"]]);
    });
  }
});

describe("numbers and periods that are not dates", () => {
  const ref = new Date("2026-02-26T00:00:00Z");
  const cases: { sentence: string; not: string }[] = [
    { sentence: "The company said it expected sales growth of 3 to 5 per cent in 2026.", not: "3 to 5" },
    { sentence: "Pre-tax profits rose to £521m in the year to December, from £449m.", not: "December" },
    { sentence: "Revenue for the year ended 31 December 2025 rose 6.3%.", not: "31 December" },
    { sentence: "Profits for the six months to June 30 rose 5%.", not: "June" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → no date over “${c.not}”`, () => {
      const found = extractDates(c.sentence, ref).filter((d) => d.text.includes(c.not) || c.not.includes(d.text));
      expect(found.map((d) => d.text)).toEqual([]);
    });
  }
});

describe("a weekday with its day and month in an article without a date line", () => {
  // the weekday fixes the year: the one near the corpus's date in which that day is that weekday, so
  // the date is as sure as if the article were dated
  const undated = (body: string, fallbackDate: string) =>
    analyzeDocument("file:///explainer.txt", `What we know about the heatwave\n\n${body}\n`, defaultOptions, { fallbackDate }).claims.filter(
      (c): c is DateClaim => c.kind === "date",
    );
  const cases: { body: string; fallback: string; at: string; date?: string; sure: boolean }[] = [
    // 2025-07-14 is a Monday; the corpus's articles are dated two days later
    { body: "A temperature of 47.1C was recorded on Monday, July 14, the weather service says.", fallback: "2025-07-16", at: "Monday, July 14", date: "2025-07-14", sure: true },
    // British order, and a reference a year off: the weekday still picks 2025
    { body: "The strike began on Wednesday 16 July, the union says.", fallback: "2026-07-20", at: "Wednesday 16 July", date: "2025-07-16", sure: true },
    { body: "The bridge reopened on Thu., Oct. 16, officials said.", fallback: "2025-10-20", at: "Thu., Oct. 16", date: "2025-10-16", sure: true },
    // no weekday: the year is a guess from the corpus's date
    { body: "A temperature of 47.1C was recorded on July 14, the weather service says.", fallback: "2025-07-16", at: "July 14", date: "2025-07-14", sure: false },
    // a bare weekday is a guess too
    { body: "A temperature of 47.1C was recorded on Monday, the weather service says.", fallback: "2025-07-16", at: "Monday", date: "2025-07-14", sure: false },
  ];
  it.each(cases)("$body", ({ body, fallback, at, date, sure }) => {
    const all = undated(body, fallback);
    const d = all.find((c) => c.span.text.includes(at.split(/[ ,]/)[0]));
    expect(d, all.map(show).join(" | ")).toBeDefined();
    expect(d!.resolved?.start).toBe(date);
    expect(d!.weekdayMismatch).toBeUndefined();
    expect(d!.confidence >= 0.9).toBe(sure);
  });
});
