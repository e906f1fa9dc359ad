import { describe, expect, it } from "vitest";
import { Corpus, describeClaimIn } from "../src/index.js";
import { attributions, oneFigure, pairTable, quantities, show } from "./helpers.js";

// Reports of war and attacks as several outlets write them: a missile strike's running toll, a swap
// of prisoners whose two sides give their own counts, an attack on a hall. Prisoners on board a
// plane are not the prisoners handed over; "180 more injured" are not more dead; the day a swap was
// meant for is not the day it happened; a translated "1 760 tonnes" is one figure; and when two
// sides give two counts, the message says who gives which. Sentences written for the test (wire
// copy, British and American papers, translated bulletins); places and bodies invented.

const DATED = "Report\nMarch 4, 2026\n\n";
const table = (kind: "quantity" | "date", cases: Parameters<typeof pairTable>[1]) => pairTable(kind, cases, ["March 4, 2026", "March 4, 2026"]);

describe("what became of captives is what the words after their noun say", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The transport plane, which officials said had 40 prisoners of war (PoWs) on board, came down near Vask.", at: "40", role: "aboard" },
    { sentence: "The aircraft had 40 prisoners on board when it was shot down.", at: "40", role: "aboard" },
    { sentence: "Officials said the bus had 12 detainees aboard.", at: "12", role: "aboard" },
    { sentence: "In return, exactly 150 prisoners from the armed forces of Drevania were handed over, the ministry said.", at: "150", role: "released" },
    { sentence: "Some 150 captured soldiers were handed over to the Drevanian side on Tuesday.", at: "150", role: "released" },
    // with nothing said of them, captives are still captives
    { sentence: "The army says it holds 40 prisoners of war.", at: "40", role: "captured" },
    { sentence: "Officials said 65 prisoners of war (PoWs) were captured near the border.", at: "65", role: "captured" },
  ];
  for (const c of cases) it(`${c.sentence} → “${c.at}” ${c.role}`, () => expect(oneFigure(DATED + c.sentence, c.at).counted.role, show(oneFigure(DATED + c.sentence, c.at))).toBe(c.role));

  table("quantity", [
    // the prisoners on a downed plane against those handed over in the swap
    {
      a: "The swap is the first since the crash of a plane that the ministry claimed had 40 prisoners of war (PoWs) on board.",
      b: "In return, exactly 150 prisoners from the armed forces of Drevania were handed over, the ministry said.",
      conflict: false,
    },
    // two counts of those handed over still disagree
    {
      a: "The defence ministry said 150 prisoners were handed over to Drevania on Wednesday.",
      b: "Drevania's prisoner-of-war office said 162 prisoners were handed over on Wednesday.",
      conflict: true,
    },
  ]);
});

describe("a figure with “more” borrows the people before it, not what befell them", () => {
  const cases: { sentence: string; at: string; role: string; noun?: string }[] = [
    { sentence: "The attack on the hall left 120 people dead and more than 160 more injured.", at: "160", role: "wounded" },
    { sentence: "Four people died and 12 more were injured when the shell hit the market.", at: "12", role: "wounded" },
    { sentence: "The number of those killed in the attack has risen to 130, including four children, with 95 more taken to hospital.", at: "95", role: "unspecified", noun: "people" },
    // "more" of the same role is still that role
    { sentence: "Twelve soldiers were killed on Monday and three more were killed on Tuesday.", at: "three", role: "killed" },
  ];
  for (const c of cases)
    it(`${c.sentence} → “${c.at}” ${c.role}`, () => {
      const f = oneFigure(DATED + c.sentence, c.at);
      expect(f.counted.role, show(f)).toBe(c.role);
      if (c.noun) expect(f.counted.noun, show(f)).toBe(c.noun);
    });

  table("quantity", [
    // the injured of one report against the injured of another (read as more dead, they met nothing)
    { a: "The attack in Lorne left 120 people dead and more than 160 more injured.", b: "Officials said 133 people were injured in Lorne.", conflict: true },
    {
      a: "The death toll from the attack on the hall has risen to 120, including four children, with 95 more taken to hospital.",
      b: "At least 120 people were killed in the attack on the hall.",
      conflict: false,
    },
  ]);
});

describe("the day a happening was meant for is not the day it happened", () => {
  const swap = "The Drevanian Army and the Telurian Army exchanged prisoners on Wednesday, the first swap in a month.";
  table("date", [
    { a: "The Drevanian Army and the Telurian Army were to exchange prisoners last week, but the plane carrying them went down.", b: swap, conflict: false },
    { a: "The Telurian Army shot down the plane carrying prisoners for last week's swap with the Drevanian Army.", b: swap, conflict: false },
    // two days on which the swap happened still disagree
    { a: "The Drevanian Army and the Telurian Army exchanged prisoners on Tuesday, officials said.", b: swap, conflict: true },
    { a: "The Drevanian Army and the Telurian Army swapped prisoners last week, officials said.", b: swap, conflict: true },
  ]);
});

describe("a plain space groups thousands in translated copy", () => {
  const cases: { sentence: string; at: string; value: number | undefined }[] = [
    { sentence: "Rescuers have already removed 1 760 tonnes of rubble from the site.", at: "1 760 tonnes", value: 1760 },
    { sentence: "About 12 000 people have left the city since the shelling began.", at: "12 000", value: 12000 },
    // a day of a month, a number's label, and a year are no group
    { sentence: "On March 3 100 people were evacuated from the village.", at: "100", value: 100 },
    { sentence: "Building No. 2 140 residents were moved to a school.", at: "140", value: 140 },
  ];
  for (const c of cases)
    it(`${c.sentence} → ${c.value}`, () => {
      const f = oneFigure(DATED + c.sentence, c.at);
      expect(f.value, show(f)).toBe(c.value);
    });
  it("“1 760” is not read as 760", () => expect(quantities(DATED + "Rescuers removed 1 760 tonnes of rubble.").map((q) => q.value)).not.toContain(760));
});

describe("a report credited through what it is", () => {
  const cases: { sentence: string; speaker: string }[] = [
    { sentence: "At least 55 people were killed, according to a new report from the authorities on Thursday.", speaker: "authorities" },
    { sentence: "At least 55 people were killed, according to the latest figures from the health ministry.", speaker: "health ministry" },
    { sentence: "At least 55 people were killed, according to the emergency service.", speaker: "emergency service" },
    { sentence: "At least 47 people were killed and 206 wounded when two missiles hit the institute in Vask on Tuesday, the country's first lady reported.", speaker: "country's first lady" },
  ];
  for (const c of cases) it(`${c.sentence} → ${c.speaker}`, () => expect(attributions(DATED + c.sentence).map((a) => a.attribution.speaker)).toEqual([c.speaker]));
});

describe("when two sides give two counts, the message says who gives which", () => {
  const corpus = () => {
    const c = new Corpus();
    c.set("file:///wire.txt", `${DATED}The Telurian defence ministry said 150 Drevanian prisoners were released on Wednesday.\n`);
    c.set("file:///paper.txt", `${DATED}Drevania's prisoner-of-war office said 162 Drevanian prisoners were released on Wednesday.\n`);
    return c.conflicts().filter((x) => x.kind === "quantity");
  };
  it("names each side in the summary and in each claim's message", () => {
    const found = corpus();
    expect(found.length).toBe(1);
    expect(found[0].message).toMatch(/150 \(wire\.txt, per Telurian defence ministry\)/);
    expect(found[0].message).toMatch(/162 \(paper\.txt, per Drevania's prisoner-of-war office\)|162 \(paper\.txt, per Drevania/);
    const i = found[0].claims.findIndex((x) => x.uri === "file:///wire.txt");
    expect(describeClaimIn(found[0], i)).toMatch(/this is per Telurian defence ministry/);
  });
  it("says nothing of speakers when one speaker gives both, or none is named", () => {
    const c = new Corpus();
    c.set("file:///wire.txt", `${DATED}The ministry said 150 prisoners were released on Wednesday.\n`);
    c.set("file:///paper.txt", `${DATED}The ministry said 162 prisoners were released on Wednesday.\n`);
    const found = c.conflicts().filter((x) => x.kind === "quantity");
    expect(found.length).toBe(1);
    expect(found[0].message).not.toMatch(/\bper\b/);
  });
});
