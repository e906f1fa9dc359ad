import { describe, expect, it } from "vitest";
import { Corpus, type DateClaim } from "../src/index.js";
import { extractTimesOfDay } from "../src/extract/timesOfDay.js";
import { analyze, claimsOver, oneFigure, pairTable } from "./helpers.js";

// Distances between places in several units, and times of day in several zones, as the reports of one
// earthquake gave them: a distance is between the thing it places and the place it is measured from,
// and meets only a distance between the same two; a time of day with a zone is a moment. Sentences
// written for the test, in several outlets' styles (wire copy, British and American, state media).

const DATED = "Report\nMarch 4, 2026\n\n";

describe("a distance carries what it places and the place it is measured from", () => {
  const cases: { sentence: string; at: string; thing: string }[] = [
    { sentence: "The epicentre was 240 miles from Orvin, the geological survey said.", at: "240 miles", thing: "distance:epicentre~orvin" },
    { sentence: "The quake struck 280 kilometres southwest of Orvin at a depth of 10 km.", at: "280 kilometres", thing: "distance:epicentre~orvin" },
    { sentence: "The tremor was centred 86 km (53 miles) south-west of the capital, Orvin.", at: "53 miles", thing: "distance:epicentre~orvin" },
    { sentence: "The earthquake's epicenter was located about 380 km from Orvin.", at: "380 km", thing: "distance:epicentre~orvin" },
    { sentence: "Kessel, 240 miles from Orvin, was the worst hit.", at: "240 miles", thing: "distance:place:kesel~orvin" },
    { sentence: "The town of Kessel, which lies about 380 km from Orvin, bore the brunt.", at: "380 km", thing: "distance:place:kesel~orvin" },
    { sentence: "The plane crashed 12 miles outside Varnholt, the aviation authority said.", at: "12 miles", thing: "distance:crash~varnholt" },
    { sentence: "The ferry sank about 40 nautical miles off the coast of Dunvare.", at: "40 nautical miles", thing: "distance:sinking~dunvare" },
    // state media in translation
    { sentence: "The epicenter was monitored at 28 km southwest of Orvin, with a depth of 10 km, according to the earthquake networks center.", at: "28 km", thing: "distance:epicentre~orvin" },
    { sentence: "The epicenter was monitored at 28 km southwest of Orvin, with a depth of 10 km, according to the earthquake networks center.", at: "10 km", thing: "depth" },
    // the depth is no distance from a place
    { sentence: "The quake struck 280 kilometres southwest of Orvin at a depth of 10 km.", at: "10 km", thing: "depth" },
    { sentence: "The quake was 10 km deep, the survey said.", at: "10 km", thing: "depth" },
    // the length of a thing, by its noun before or after
    { sentence: "The new 1.9-mile tunnel in Orvin opened on Tuesday.", at: "1.9-mile", thing: "length:tunnel" },
    { sentence: "The tunnel in Orvin is 3 km long.", at: "3 km", thing: "length:tunnel" },
    // nothing placed, or from no named place: as before, a length of nothing named
    { sentence: "The town lies 40 km from Orvin.", at: "40 km", thing: "length" },
    { sentence: "The quake struck 30 km from the coast.", at: "30 km", thing: "length" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.thing}`, () => expect(oneFigure(DATED + c.sentence, c.at).counted.thing).toBe(c.thing));
});

describe("distances, lengths and areas are compared in one unit, only between the same two things", () => {
  pairTable(
    "quantity",
    [
      // 240 miles is about 386 km
      { a: "The epicentre was 240 miles from Orvin, the geological survey said.", b: "The quake struck 280 kilometres southwest of Orvin.", conflict: true },
      { a: "The epicentre was 240 miles from Orvin, the geological survey said.", b: "The epicentre was about 380 km from Orvin.", conflict: false },
      { a: "The tremor was centred 86 km (53 miles) southwest of the capital, Orvin.", b: "The quake's epicentre was 53 miles from Orvin.", conflict: false },
      // 12 miles is about 19 km
      { a: "The plane crashed 12 miles outside Varnholt, the aviation authority said.", b: "The plane crashed about 45 km from Varnholt.", conflict: true },
      { a: "The plane crashed 12 miles outside Varnholt, the aviation authority said.", b: "The plane crashed about 19 km from Varnholt.", conflict: false },
      // a nautical mile is 1,852 metres
      { a: "The ferry sank about 40 nautical miles off the coast of Dunvare.", b: "The ferry sank 20 km off the coast of Dunvare.", conflict: true },
      { a: "The ferry sank about 40 nautical miles off the coast of Dunvare.", b: "The ferry sank some 75 kilometres off the coast of Dunvare.", conflict: false },
      { a: "Kessel, 240 miles from Orvin, was the worst hit.", b: "Kessel, which lies 280 km from Orvin, bore the brunt.", conflict: true },
      // another reference place, another thing placed, or a depth: never compared
      { a: "The epicentre was 240 miles from Orvin, the geological survey said.", b: "The epicentre was 280 km from Lindra.", conflict: false },
      { a: "Kessel is 240 miles from Orvin.", b: "The epicentre was 280 km from Orvin.", conflict: false },
      { a: "The quake was 10 km deep, the survey said.", b: "The quake struck 280 kilometres southwest of Orvin.", conflict: false },
      { a: "The quake struck at a depth of 10 km.", b: "The epicentre was 10 miles from Orvin.", conflict: false },
      // a direction said two ways is no disagreement on the distance
      { a: "The quake struck 24 km north of Orvin.", b: "The quake struck 24 km northeast of Orvin.", conflict: false },
      // lengths: 1.9 miles is about 3.1 km
      { a: "The new 1.9-mile tunnel in Orvin opened on Tuesday.", b: "The tunnel in Orvin is 3 km long.", conflict: false },
      { a: "The new 1.9-mile tunnel in Orvin opened on Tuesday.", b: "The tunnel in Orvin is 5 km long.", conflict: true },
      // areas: 500 square miles is about 1,295 km²
      { a: "The fire has burned 500 square miles of forest in Orvin province.", b: "The fire has burned 1,300 square kilometres of forest in Orvin province.", conflict: false },
      { a: "The fire has burned 500 square miles of forest in Orvin province.", b: "The fire has burned 800 square kilometres of forest in Orvin province.", conflict: true },
    ],
    ["March 4, 2026", "March 4, 2026"],
  );
});

describe("a time of day is read with its zone", () => {
  const cases: { sentence: string; text: string; local: string; zone?: string; utc?: string }[] = [
    { sentence: "The quake struck at 9:05 am Beijing time.", text: "9:05 am Beijing time", local: "09:05", zone: "Beijing time", utc: "01:05" },
    { sentence: "The quake struck at 01:05 GMT.", text: "01:05 GMT", local: "01:05", zone: "GMT", utc: "01:05" },
    { sentence: "The quake struck at 0105 GMT, the survey said.", text: "0105 GMT", local: "01:05", zone: "GMT", utc: "01:05" },
    { sentence: "The quake struck at 6:35 AM IST.", text: "6:35 AM IST", local: "06:35", zone: "IST", utc: "01:05" },
    { sentence: "The quake hit at 8:05 p.m. ET Monday.", text: "8:05 p.m. ET", local: "20:05", zone: "ET", utc: "01:05" },
    { sentence: "The quake hit at 8:05 p.m. EST.", text: "8:05 p.m. EST", local: "20:05", zone: "ET", utc: "01:05" },
    { sentence: "The quake struck at 02:05 CET.", text: "02:05 CET", local: "02:05", zone: "CET", utc: "01:05" },
    { sentence: "The quake struck at 10.05am Tokyo time.", text: "10.05am Tokyo time", local: "10:05", zone: "Tokyo time", utc: "01:05" },
    { sentence: "The earthquake occurred at 9:05 a.m. (Beijing Time) Tuesday, the networks center said.", text: "9:05 a.m. (Beijing Time)", local: "09:05", zone: "Beijing Time", utc: "01:05" },
    { sentence: "The quake struck at 7:05am local time.", text: "7:05am local time", local: "07:05", zone: "local time" },
    { sentence: "The quake struck at 7:05am.", text: "7:05am", local: "07:05" },
    { sentence: "The quake struck at 19:05.", text: "19:05", local: "19:05" },
    // read two ways (China's and the American Central): the zone is kept, no moment is
    { sentence: "The quake struck at 9:05 am CST.", text: "9:05 am CST", local: "09:05", zone: "CST" },
    { sentence: "The quake struck at 10 am UK time.", text: "10 am UK time", local: "10:00", zone: "UK time" },
    { sentence: "The quake struck at 8:05 p.m. Eastern time.", text: "8:05 p.m. Eastern time", local: "20:05", zone: "ET", utc: "01:05" },
    { sentence: "The quake struck at 01:05 Greenwich Mean Time.", text: "01:05 Greenwich Mean Time", local: "01:05", zone: "Greenwich Mean Time", utc: "01:05" },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.local}${c.zone ? ` ${c.zone}` : ""}${c.utc ? ` = ${c.utc} UTC` : ""}`, () => {
      const [t, ...more] = extractTimesOfDay(c.sentence, new Date(Date.UTC(2026, 2, 3)));
      expect(more).toHaveLength(0);
      expect(t.text).toBe(c.text);
      expect(t.clock.local).toBe(c.local);
      expect(t.clock.zone).toBe(c.zone);
      expect(t.clock.offset === undefined ? undefined : hhmm(Number(c.local.slice(0, 2)) * 60 + Number(c.local.slice(3)) - t.clock.offset)).toBe(c.utc);
    });

  const none = [
    "Shares rose 7.05 per cent on Tuesday.",
    "The score was 3-1 at 9.05.",
    "Shops will stay open until 9 p.m. local time.",
    "Curfew runs from 10 p.m. to 6 a.m.",
    "The quake struck at 9:05.",
  ];
  for (const s of none) it(`${s} → no moment`, () => expect(extractTimesOfDay(s, new Date(Date.UTC(2026, 2, 3)))).toHaveLength(0));

  it("an ET time in July is on daylight time, by the article's day", () => {
    const [t] = extractTimesOfDay("The quake hit at 8:05 p.m. ET.", new Date(Date.UTC(2026, 6, 6)));
    expect(t.clock.offset).toBe(-240);
  });
});

const hhmm = (m: number) => {
  const x = ((m % 1440) + 1440) % 1440;
  return `${String(Math.floor(x / 60)).padStart(2, "0")}:${String(x % 60).padStart(2, "0")}`;
};

describe("two times of one happening disagree only when their moments do", () => {
  pairTable(
    "date",
    [
      // 9:05 am in Beijing is 01:05 GMT; 7:05 am is two hours earlier
      { a: "The earthquake struck Kessel at 7:05 am Beijing time.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: true },
      { a: "The earthquake struck Kessel at 9:05 am Beijing time.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: false },
      { a: "The earthquake struck Kessel at 6:35 AM IST.", b: "The earthquake struck Kessel at 9:05 am Beijing time.", conflict: false },
      // Monday evening in New York is Tuesday in Greenwich
      { a: "The quake hit Kessel at 8:05 p.m. ET Monday.", b: "The quake hit Kessel at 01:05 GMT on Tuesday.", dates: ["March 3, 2026", "March 4, 2026"], conflict: false },
      { a: "The quake hit Kessel at 8:05 p.m. ET Monday.", b: "The quake hit Kessel at 03:05 GMT on Tuesday.", dates: ["March 3, 2026", "March 4, 2026"], conflict: true },
      // in July the Eastern clock is four hours behind
      { a: "The quake hit Kessel at 8:05 p.m. ET.", b: "The quake hit Kessel at 00:05 GMT.", dates: ["July 6, 2026", "July 6, 2026"], conflict: false },
      { a: "The quake hit Kessel at 8:05 p.m. EDT.", b: "The quake hit Kessel at 00:05 GMT.", dates: ["July 6, 2026", "July 6, 2026"], conflict: false },
      // without a zone, or in local time, a time meets only its own kind
      { a: "The earthquake struck Kessel at 9:05 am local time.", b: "The earthquake struck Kessel at 7:05 am local time.", conflict: true },
      { a: "The earthquake struck Kessel at 9:05 a.m. on Tuesday.", b: "The earthquake struck Kessel at 11:40 a.m. on Tuesday.", conflict: true },
      // with no zone, a whole number of hours apart may be one moment on two clocks
      { a: "The earthquake struck Kessel at 9:05 a.m. on Tuesday.", b: "The earthquake struck Kessel at 7:05 a.m. on Tuesday.", conflict: false },
      { a: "The earthquake struck Kessel at 7:05am local time.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: false },
      { a: "The earthquake struck Kessel at 9:05 am UK time.", b: "The earthquake struck Kessel at 11:40 am.", conflict: false },
      { a: "The earthquake struck Kessel at 8:05 p.m. Eastern time on Monday.", b: "The earthquake struck Kessel at 01:05 GMT on Tuesday.", dates: ["March 3, 2026", "March 4, 2026"], conflict: false },
      { a: "The earthquake struck Kessel at 8:05 p.m. Eastern time on Monday.", b: "The earthquake struck Kessel at 02:35 GMT on Tuesday.", dates: ["March 3, 2026", "March 4, 2026"], conflict: true },
      { a: "The earthquake struck Kessel at 7:05am.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: false },
      { a: "The earthquake struck Kessel at 7:05am.", b: "The earthquake struck Kessel at 9:05 am local time.", conflict: false },
      { a: "The earthquake struck Kessel at 9:05 am CST.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: false },
      // an hour given round, or "about", is looser
      { a: "The earthquake struck Kessel at about 9 am Beijing time.", b: "The earthquake struck Kessel at 01:05 GMT.", conflict: false },
      { a: "The earthquake struck Kessel shortly after 9 a.m. local time.", b: "The earthquake struck Kessel at 9:20 a.m. local time.", conflict: false },
      // an article that gives two times tells of two tremors
      { a: "The first quake struck Kessel at 9:05 am local time and a second at 11:20 am local time.", b: "The quake struck Kessel at 11:20 am local time.", conflict: false },
      // a bound is no moment
      { a: "The quake struck Kessel before 9 am local time.", b: "The quake struck Kessel at 11:20 am local time.", conflict: false },
      // different happenings
      { a: "The earthquake struck Kessel at 9:05 am local time.", b: "Rescuers reached Kessel at 11:20 am local time.", conflict: false },
    ],
    ["March 4, 2026", "March 4, 2026"],
  );
});

// Eight outlets' reports of one earthquake, each in its own style.
const OUTLETS: Record<string, string> = {
  "wire.txt": `Strong quake hits Kessel\nMarch 4, 2026\n\nKESSEL, Talmora (Wire) — A magnitude 6.1 earthquake struck the mountain district of Kessel in Talmora on Tuesday, killing 12 people.\nThe quake struck at 01:05 GMT, 280 kilometres southwest of Orvin, at a depth of 10 km, the geological survey said.\n`,
  "british.txt": `Deadly earthquake in Talmora\nMarch 4, 2026\n\nAn earthquake of magnitude 6.1 has killed 12 people in Kessel, in Talmora.\nThe quake struck Kessel at 9.05am Beijing time on Tuesday; its epicentre was about 380 km from Orvin.\n`,
  "american.txt": `Quake kills 12 in Talmora\nMarch 3, 2026\n\nA magnitude 6.1 earthquake killed 12 people in Kessel, Talmora.\nThe quake hit Kessel at 8:05 p.m. ET Monday. The epicenter was 240 miles from Orvin, officials said.\n`,
  "indian.txt": `Earthquake jolts Talmora\nMarch 4, 2026\n\nA 6.1-magnitude earthquake jolted Kessel in Talmora on Tuesday, killing 12 people.\nThe earthquake struck Kessel at 6:35 AM IST, the survey said.\n`,
  "statemedia.txt": `Rescue work under way in Kessel\nMarch 4, 2026\n\nA 6.1-magnitude earthquake struck Kessel in Talmora on Tuesday, in which 12 people died.\nThe earthquake occurred in Kessel at 7:05 am Beijing time on Tuesday, the seismological bureau said.\n`,
  "regional.txt": `Kessel counts its dead\nMarch 4, 2026\n\nTwelve people were killed when a magnitude 6.1 earthquake struck Kessel in Talmora on Tuesday.\nThe quake struck Kessel at a depth of 10 km, the survey said.\n`,
};

describe("the reports of one earthquake across units and zones", () => {
  const corpus = new Corpus();
  for (const [name, text] of Object.entries(OUTLETS)) corpus.set(`file:///${name}`, text);
  const conflicts = corpus.conflicts();

  it("reports the distance in miles against the one in kilometres, with the conversion", () => {
    const distance = conflicts.find((c) => c.kind === "quantity" && /distance/.test(c.subject));
    expect(distance?.subject).toBe("distance of the epicentre from Orvin");
    expect(distance?.message).toContain("240 miles (386 km) (american.txt)");
    expect(distance?.message).toContain("280 kilometres (wire.txt)");
    // the one in miles and "about 380 km" agree
    const [miles, about] = ["240 miles", "about 380 km"].map((t) => distance!.claims.findIndex((c) => c.span.text === t));
    expect(distance!.disagreements).not.toContainEqual([Math.min(miles, about), Math.max(miles, about)]);
    // the explanation a person checks gives both ranges in kilometres
    expect(distance!.relations.map((r) => r.explanation)).toContain("“240 miles” (american.txt) allows [378.2, 394.3] km and “280 kilometres” (wire.txt) allows [275, 285] km: the ranges do not overlap.");
    const i = distance!.claims.findIndex((c) => c.uri.endsWith("wire.txt"));
    expect(corpus.describe(distance!, distance!.claims[i].id)).toContain("240 miles (386 km)");
  });

  it("never compares the depth with the distance", () => {
    expect(conflicts.filter((c) => c.kind === "quantity" && /depth/.test(c.subject))).toHaveLength(0);
  });

  it("reports the one wrong time and only it, across four zones", () => {
    const time = conflicts.find((c) => c.kind === "date" && /^time of/.test(c.subject));
    expect(time?.subject).toBe("time of the earthquake");
    expect(time?.message).toContain("7:05 am Beijing time on Tuesday (2026-03-02 23:05 UTC)");
    const wrong = time!.claims.findIndex((c) => c.uri.endsWith("statemedia.txt") && (c as DateClaim).clock);
    expect(time!.disagreements.length).toBeGreaterThanOrEqual(3);
    for (const pair of time!.disagreements) expect(pair).toContain(wrong);
  });

  it("raises no disagreement on the day: Monday evening in New York is Tuesday morning in Kessel", () => {
    const days = conflicts.filter((c) => c.kind === "date" && /^date of/.test(c.subject));
    expect(days.map((d) => d.message)).toEqual([]);
  });

  it("keeps every span on its text", () => {
    for (const [name, text] of Object.entries(OUTLETS)) {
      const claims = analyze(text, `file:///${name}`).claims;
      for (const c of claims) expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
      if (name === "wire.txt") expect(claimsOver(claims, text, "01:05 GMT").some((c) => c.kind === "date" && c.clock?.utc === "01:05")).toBe(true);
    }
  });
});
