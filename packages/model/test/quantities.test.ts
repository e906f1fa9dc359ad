import { describe, expect, it } from "vitest";
import { nameKey, type Interval, type QuantityClaim } from "../src/index.js";
import { claimsOver, quantities, show } from "./helpers.js";

/** The one figure standing at `at` in the sentence; fails with what was found instead. */
function figure(sentence: string, at: string, occurrence = 1): QuantityClaim {
  const all = quantities(sentence);
  const over = claimsOver(all, sentence, at, occurrence);
  expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

/** Bounds as [low, lowOpen, high, highOpen], so that an absent flag reads as closed. */
const bounds = (i: Interval) => [i.low, !!i.lowOpen, i.high, !!i.highOpen];

describe("values from digits and words", () => {
  const cases: { sentence: string; at: string; value: number; low?: number; high?: number; noun?: string }[] = [
    { sentence: "About 11,000 North Korean troops are stationed in the Kursk region, officials said.", at: "11,000", value: 11000 },
    { sentence: "Two fishing boats were found overturned near the harbour.", at: "Two", value: 2, noun: "boats" },
    { sentence: "Four or five lorries were swept off the coast road, a police spokesman said.", at: "Four or five", value: 4.5, low: 4, high: 5, noun: "lorries" },
    { sentence: "Organisers said 18,000 to 20,000 people marched through the capital.", at: "18,000 to 20,000", value: 19000, low: 18000, high: 20000, noun: "people" },
    { sentence: "The agency estimates that between 3 and 5 million people have fled the country.", at: "between 3 and 5 million", value: 4e6, low: 3e6, high: 5e6, noun: "people" },
    { sentence: "Between 40 and 60 houses were damaged by the landslide.", at: "Between 40 and 60", value: 50, low: 40, high: 60, noun: "houses" },
    { sentence: "A fifth of the village's residents have left since the spring.", at: "A fifth", value: 0.2, noun: "residents" },
    { sentence: "A quarter of the town's homes lost power overnight.", at: "A quarter", value: 0.25, noun: "homes" },
    { sentence: "The storm left 3.5 million households without electricity.", at: "3.5 million", value: 3.5e6, noun: "households" },
    { sentence: "Two hundred and fifty volunteers joined the search on the hillside.", at: "Two hundred and fifty", value: 250, noun: "volunteers" },
    { sentence: "The ferry was carrying 312 passengers when it left port.", at: "312", value: 312, noun: "passengers" },
    { sentence: "Two Hundred Homes Destroyed In Hillside Blaze", at: "Two Hundred", value: 200, noun: "homes" },
    { sentence: "Q: How many people were moved? A: Roughly 2,400 people were taken to school halls.", at: "2,400", value: 2400, noun: "people" },
    {
      sentence: "MANILA, March 3 (Northwire) — Fifteen people were killed when a landslide buried a village in the north, the disaster agency said.",
      at: "Fifteen",
      value: 15,
      noun: "people",
    },
    {
      sentence: "According to the data of the regional administration, in the Kherson region 47 persons were evacuated from the flooded zone.",
      at: "47",
      value: 47,
      noun: "persons",
    },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const q = figure(c.sentence, c.at);
      expect(q.value, show(q)).toBeCloseTo(c.value, 6);
      if (c.low !== undefined) expect(bounds(q.stated), show(q)).toEqual([c.low, false, c.high, false]);
      if (c.noun) expect(q.counted.noun, show(q)).toBe(c.noun);
    });
  }

  it("Rescuers searched a 1.9-mile stretch of the river bank.", () => {
    const sentence = "Rescuers searched a 1.9-mile stretch of the river bank.";
    const q = figure(sentence, "1.9");
    expect(q.span.text).toBe("1.9-mile");
    expect(q.unit, show(q)).toBe("mile");
    // the short human form shows the figure the article gives, not a conversion without its unit
    expect(q.display, show(q)).toContain("1.9");
    // `value` is “the number as stated” (types.ts): 1.9 of the unit written, miles
    expect(q.value, show(q)).toBeCloseTo(1.9, 6);
  });

  it("Hundreds of residents gathered outside the town hall.", () => {
    const sentence = "Hundreds of residents gathered outside the town hall.";
    const q = figure(sentence, "Hundreds");
    expect(q.approximate, show(q)).toBe(true);
    // “hundreds” is at least two hundred and fewer than a thousand
    expect(q.stated.low, show(q)).toBeGreaterThanOrEqual(100);
    expect(q.stated.high, show(q)).toBeLessThan(1000);
    expect(q.counted.noun).toBe("residents");
  });
});

describe("qualifiers: the stated interval and the approximate flag", () => {
  type Case = { sentence: string; at: string; span: string; stated: (number | boolean)[]; approximate: boolean };
  const INF = Infinity;
  const cases: Case[] = [
    { sentence: "About 600 firefighters fought the blaze through the night.", at: "600", span: "About 600", stated: [600, false, 600, false], approximate: true },
    { sentence: "Around 1,500 homes were damaged by the storm, the council said.", at: "1,500", span: "Around 1,500", stated: [1500, false, 1500, false], approximate: true },
    { sentence: "Some 800 villagers were evacuated by boat.", at: "800", span: "Some 800", stated: [800, false, 800, false], approximate: true },
    { sentence: "An estimated 40,000 people have fled the fighting.", at: "40,000", span: "An estimated 40,000", stated: [40000, false, 40000, false], approximate: true },
    { sentence: "Approximately 120 workers were inside the plant at the time.", at: "120", span: "Approximately 120", stated: [120, false, 120, false], approximate: true },
    { sentence: "Over 10,000 troops have been sent to the border.", at: "10,000", span: "Over 10,000", stated: [10000, true, INF, false], approximate: false },
    { sentence: "More than 1,000 soldiers were killed or wounded, the ministry said.", at: "1,000", span: "More than 1,000", stated: [1000, true, INF, false], approximate: false },
    { sentence: "At least 1,000 soldiers have been killed or wounded.", at: "1,000", span: "At least 1,000", stated: [1000, false, INF, false], approximate: false },
    { sentence: "Up to 300 passengers may have been on board.", at: "300", span: "Up to 300", stated: [0, false, 300, false], approximate: false },
    { sentence: "As many as 70 people are still missing, the coastguard said.", at: "70", span: "As many as 70", stated: [0, false, 70, false], approximate: false },
    { sentence: "Fewer than 50 residents chose to stay behind.", at: "50", span: "Fewer than 50", stated: [0, false, 50, true], approximate: false },
    { sentence: "Police expect 10,000 or more visitors over the weekend.", at: "10,000", span: "10,000 or more", stated: [10000, false, INF, false], approximate: false },
    { sentence: "The ferry was carrying 312 passengers when it left port.", at: "312", span: "312", stated: [312, false, 312, false], approximate: false },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const q = figure(c.sentence, c.at);
      expect(q.span.text).toBe(c.span);
      expect(bounds(q.stated), show(q)).toEqual(c.stated);
      expect(q.approximate, show(q)).toBe(c.approximate);
      // the tolerated interval always contains what was stated
      expect(q.interval.low).toBeLessThanOrEqual(q.stated.low);
      expect(q.interval.high).toBeGreaterThanOrEqual(q.stated.high);
      if (c.approximate) {
        expect(q.interval.low, show(q)).toBeLessThan(q.value);
        expect(q.interval.high, show(q)).toBeGreaterThan(q.value);
      }
    });
  }

  it("Nearly 5,000 homes were left without power.", () => {
    const sentence = "Nearly 5,000 homes were left without power.";
    const q = figure(sentence, "5,000");
    expect(q.span.text).toBe("Nearly 5,000");
    // below 5,000 and close to it: the bound itself is excluded, and the interval is not empty
    expect(q.stated.high, show(q)).toBe(5000);
    expect(q.stated.highOpen, show(q)).toBe(true);
    expect(q.stated.low, show(q)).toBeLessThan(5000);
    expect(q.approximate, show(q)).toBe(true);
  });
});

describe("what is counted: noun, class and role", () => {
  it("troops, soldiers and forces are one class; officers are another", () => {
    const troops = figure("About 11,000 troops were deployed to the area.", "11,000");
    const soldiers = figure("About 11,000 soldiers were deployed to the area.", "11,000");
    const forces = figure("Some 2,000 Russian forces remain in the area.", "2,000");
    const officers = figure("About 500 officers were deployed to the area.", "500");
    expect(troops.counted.noun).toBe("troops");
    expect(soldiers.counted.noun).toBe("soldiers");
    expect(forces.counted.noun).toBe("forces");
    expect(soldiers.counted.thing).toBe(troops.counted.thing);
    expect(forces.counted.thing).toBe(troops.counted.thing);
    expect(officers.counted.thing).not.toBe(troops.counted.thing);
  });

  it("a proper modifier is kept: “12,000 North Korean soldiers”", () => {
    const q = figure("Pyongyang has sent 12,000 North Korean soldiers to fight.", "12,000");
    expect(q.counted.proper, show(q)).toEqual(["north", "korean"]);
  });

  const roles: { sentence: string; at: string; role: string }[] = [
    { sentence: "North Korea has deployed about 11,000 soldiers to the Kursk region.", at: "11,000", role: "present" },
    { sentence: "Roughly 3,000 troops are stationed in the Kaliningrad region.", at: "3,000", role: "present" },
    { sentence: "Seven miners were killed in the explosion.", at: "Seven", role: "killed" },
    { sentence: "More than 1,000 North Korean soldiers have been killed or wounded in the fighting.", at: "1,000", role: "casualty" },
    { sentence: "Ukrainian forces captured two North Korean soldiers in the Kursk region.", at: "two", role: "captured" },
    { sentence: "Police detained 35 protesters overnight.", at: "35", role: "captured" },
    { sentence: "About 2,400 residents were evacuated from the Kherson region.", at: "2,400", role: "displaced" },
    { sentence: "Twenty-three workers were injured when the roof collapsed.", at: "Twenty-three", role: "wounded" },
  ];
  for (const c of roles) {
    it(`${c.sentence} → ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.role, show(q)).toBe(c.role);
    });
  }

  // People made to leave are counted in many wordings besides "evacuated"; all of them are one role.
  const displaced: { sentence: string; at: string; role: string }[] = [
    { sentence: "Floodwaters swept through the lower town on Friday, forcing some 11,000 people from their homes, the interior ministry said.", at: "11,000", role: "displaced" },
    { sentence: "About 4,000 people have been driven from their homes since the dam burst.", at: "4,000", role: "displaced" },
    { sentence: "More than 2,500 people fled their homes as the river rose.", at: "2,500", role: "displaced" },
    { sentence: "Figures released by the emergencies ministry showed that 1,150 residents had been taken to shelters, schools and sports halls.", at: "1,150", role: "displaced" },
    { sentence: "Some 900 people were moved to temporary shelters overnight, the county said.", at: "900", role: "displaced" },
    { sentence: "The storm left 3,000 people homeless, the Red Cross said.", at: "3,000", role: "displaced" },
    { sentence: "An estimated 600 people were made homeless by the earthquake.", at: "600", role: "displaced" },
    { sentence: "Officials said 1,200 people had abandoned their homes in the valley.", at: "1,200", role: "displaced" },
    { sentence: "Nearly 700 people were forced out of their homes when the levee failed.", at: "700", role: "displaced" },
    { sentence: "Around 3,400 people lost their homes in the fire, according to the mayor's office.", at: "3,400", role: "displaced" },
    { sentence: "Buses took roughly 800 people to emergency shelters in the next county.", at: "800", role: "displaced" },
    { sentence: "Some 2,000 people have taken refuge in schools and churches, the agency said.", at: "2,000", role: "displaced" },
    // "taken to hospital with injuries" counts the injured, not a separate tally of admissions
    { sentence: "Nearly 160 others were taken to hospital with injuries, according to the Red Cross.", at: "160", role: "wounded" },
    // going home again is not being displaced: such a count is never compared with evacuations
    { sentence: "About 1,500 people returned to their homes on Sunday, the council said.", at: "1,500", role: "unspecified" },
    { sentence: "Police said 40 officers went door to door in the old town on Sunday.", at: "40", role: "unspecified" },
    { sentence: "The council has opened 12 shelters for the night.", at: "12", role: "unspecified" },
  ];
  for (const c of displaced) {
    it(`${c.sentence} → ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.role, show(q)).toBe(c.role);
    });
  }

  // "the number of X is N": X is what N counts, and its participle says what happened to it, in
  // translated wire copy ("constitutes", "has amounted to") as in native copy ("rose to", "stood at")
  const numberOf: { sentence: string; at: string; noun: string; thing: string; role: string }[] = [
    { sentence: "The civil protection department has communicated that the number of evacuated persons constitutes 2,100.", at: "2,100", noun: "persons", thing: "people", role: "displaced" },
    { sentence: "According to the regional administration, the number of rescued persons has amounted to some 240.", at: "240", noun: "persons", thing: "people", role: "rescued" },
    { sentence: "The civil protection department has communicated that the number of the injured constitutes roughly 50.", at: "50", noun: "injured", thing: "people", role: "wounded" },
    { sentence: "As it became known, the number of destroyed dwellings constitutes more than 5,000.", at: "5,000", noun: "dwellings", thing: "building", role: "destroyed" },
    { sentence: "By the data of the observer mission, the number of opened polling stations is almost 2,200.", at: "2,200", noun: "stations", thing: "station", role: "unspecified" },
    { sentence: "The number of the dead reached 37 overnight, the ministry said.", at: "37", noun: "dead", thing: "people", role: "killed" },
    { sentence: "The number of displaced residents totals 3,500 as of Monday.", at: "3,500", noun: "residents", thing: "people", role: "displaced" },
    { sentence: "The total number of people evacuated stood at 12,400 on Tuesday evening.", at: "12,400", noun: "people", thing: "people", role: "displaced" },
    { sentence: "The number of homes destroyed climbed to 1,200 yesterday.", at: "1,200", noun: "homes", thing: "building", role: "destroyed" },
    { sentence: "The number of injured rose to 52 people, the hospital said.", at: "52", noun: "people", thing: "people", role: "wounded" },
    { sentence: "The number of killed constituted 14 persons, the governor's office reported.", at: "14", noun: "persons", thing: "people", role: "killed" },
  ];
  for (const c of numberOf) {
    it(`${c.sentence} → ${c.noun}, ${c.thing}, ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect([q.counted.noun, q.counted.thing, q.counted.role], show(q)).toEqual([c.noun, c.thing, c.role]);
    });
  }

  // Residents, inhabitants and villagers are the people of a place: counted as evacuated, rescued or
  // living there, they are the same count as "people". Civilians are set against soldiers, and deaths
  // and injuries are often split by who the victims were, so those stay apart; so does a count added to
  // another ("1,000 residents and 300 tourists").
  const who: { sentence: string; at: string; thing: string }[] = [
    { sentence: "Some 9,900 residents were moved to temporary shelters, according to the civil protection department.", at: "9,900", thing: "people" },
    { sentence: "1,153 people were evacuated from the valley overnight.", at: "1,153", thing: "people" },
    { sentence: "About 2,400 inhabitants were evacuated from the Velden district.", at: "2,400", thing: "people" },
    { sentence: "Rescuers pulled 240 villagers from flooded houses on Sunday.", at: "240", thing: "people" },
    { sentence: "Authorities ordered an estimated 34,000 residents to leave villages around the lake.", at: "34,000", thing: "people" },
    { sentence: "According to the information of the regional administration, the number of evacuated residents has amounted to 1,150.", at: "1,150", thing: "people" },
    { sentence: "Arnholt, a town of 37,000 inhabitants, lies on the river.", at: "37,000", thing: "people" },
    { sentence: "About 800 civilians were evacuated from the front-line villages.", at: "800", thing: "civilian" },
    { sentence: "About 800 civilians were killed in the shelling.", at: "800", thing: "civilian" },
    { sentence: "Some 300 residents were killed when the dam burst.", at: "300", thing: "civilian" },
    { sentence: "More than 1,200 soldiers were evacuated from the bridgehead.", at: "1,200", thing: "military" },
    { sentence: "About 500 workers were evacuated from the plant.", at: "500", thing: "worker" },
    { sentence: "Hundreds of residents gathered outside the town hall.", at: "Hundreds", thing: "civilian" },
    { sentence: "Some 1,000 residents and 300 tourists were evacuated from the coast.", at: "1,000", thing: "civilian" },
    { sentence: "The fire forced 2,000 tourists and 500 residents to leave the resort.", at: "500", thing: "civilian" },
  ];
  for (const c of who) {
    it(`${c.sentence} → ${c.thing}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.thing, show(q)).toBe(c.thing);
    });
  }

  const scopes: { sentence: string; at: string; place: string }[] = [
    { sentence: "Some 1,200 homes were flooded in the Tula region.", at: "1,200", place: "Tula" },
    { sentence: "About 2,400 residents were evacuated from the Kherson region.", at: "2,400", place: "Kherson" },
    { sentence: "North Korea has deployed about 11,000 soldiers to the Kursk region.", at: "11,000", place: "Kursk" },
    { sentence: "In the Odesa region, 14 people were killed overnight.", at: "14", place: "Odesa" },
  ];
  for (const c of scopes) {
    it(`${c.sentence} → scope ${c.place}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.scope.places, show(q)).toContain(nameKey(c.place));
    });
  }

  it("About 12,000 troops were sent to the region, including 500 officers.", () => {
    const sentence = "About 12,000 troops were sent to the region, including 500 officers.";
    const whole = figure(sentence, "12,000");
    const part = figure(sentence, "500");
    expect(whole.partOf).toBeUndefined();
    expect(part.partOf, show(part)).toBe(whole.id);
    expect(part.counted.noun).toBe("officers");
  });

  it("About 4,000 homes were flooded and 600 were destroyed. → the 600 are homes too", () => {
    const sentence = "About 4,000 homes were flooded and 600 were destroyed.";
    const q = figure(sentence, "600");
    expect(q.counted.noun, show(q)).toBe("homes");
    expect(q.counted.role, show(q)).toBe("destroyed");
  });

  it("The boat carried 240 passengers, including 40 children.", () => {
    const sentence = "The boat carried 240 passengers, including 40 children.";
    const whole = figure(sentence, "240");
    const part = figure(sentence, "40", 2);
    expect(part.partOf, show(part)).toBe(whole.id);
  });
});

describe("numbers that are not counts", () => {
  const cases: { sentence: string; not: number; note: string }[] = [
    { sentence: "The dam was completed in 2022 and has never overflowed.", not: 2022, note: "a year" },
    { sentence: "The evacuation order takes effect at 5 p.m. on Friday.", not: 5, note: "a time" },
    { sentence: "The bridge reopens at 17:30 local time.", not: 17, note: "a 24-hour time" },
    { sentence: "The 1st Battalion was withdrawn from the town.", not: 1, note: "an ordinal" },
    { sentence: "One of the soldiers was later taken to hospital.", not: 1, note: "a pronoun" },
    { sentence: "The two soldiers were captured on January 9.", not: 9, note: "the day of a date" },
    { sentence: "The storm reached the coast on 9 January, forecasters said.", not: 9, note: "a British-order date" },
    { sentence: "Sales of F-16 parts were suspended.", not: 16, note: "a model name" },
  ];
  for (const c of cases) {
    it(`${c.sentence} (${c.note})`, () => {
      const found = quantities(c.sentence);
      expect(found.filter((q) => q.value === c.not).map(show)).toEqual([]);
    });
  }

  it("The two soldiers were captured on January 9. → only the 2 is a count", () => {
    const found = quantities("The two soldiers were captured on January 9.");
    expect(found.map((q) => q.value)).toEqual([2]);
  });
});

describe("temperatures", () => {
  // compared in degrees Celsius: a reading in Fahrenheit is converted, a bare "degrees" has no scale
  const cases: { sentence: string; at: string; unit: string; celsius: [number, number] }[] = [
    { sentence: "The city recorded a temperature of 46.3C on Tuesday, the weather service said.", at: "46.3C", unit: "°C", celsius: [46.25, 46.35] },
    { sentence: "Thermometers in the square showed 41°C by noon.", at: "41°C", unit: "°C", celsius: [40.5, 41.5] },
    { sentence: "The mercury climbed to 38.5 °C in the capital.", at: "38.5 °C", unit: "°C", celsius: [38.45, 38.55] },
    { sentence: "Highs of 44 degrees Celsius are possible on Friday.", at: "44 degrees Celsius", unit: "°C", celsius: [43.5, 44.5] },
    { sentence: "The thermometer at the airport reached 115 degrees Fahrenheit on Tuesday.", at: "115 degrees Fahrenheit", unit: "°F", celsius: [45.83, 46.39] },
    { sentence: "Temperatures hit 104F in the valley, forecasters said.", at: "104F", unit: "°F", celsius: [39.72, 40.28] },
    { sentence: "The old record, 45.4 degrees Celsius (113.7 Fahrenheit), was set in 2017.", at: "113.7 Fahrenheit", unit: "°F", celsius: [45.36, 45.42] },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const q = figure(c.sentence, c.at);
      expect(q.span.text).toBe(c.at);
      expect(q.unit, show(q)).toBe(c.unit);
      expect(q.interval.low, show(q)).toBeCloseTo(c.celsius[0], 2);
      expect(q.interval.high, show(q)).toBeCloseTo(c.celsius[1], 2);
    });
  }

  it("a scale's name is not what the article is about", () => {
    const text = "Heat record broken\nJuly 16, 2025\n\nIt reached 115 degrees Fahrenheit in Sarenta on Tuesday.\n\nThe old record, 45.4 degrees Celsius (113.7 Fahrenheit), was set in 2017. Highs of 44 degrees Celsius are expected on Friday.\n";
    for (const q of quantities(text)) expect(q.counted.scope.around.filter((k) => /fahren|celsi/.test(k)), show(q)).toEqual([]);
  });

  it("a bare “degrees” is not compared with a scale it may not be in", () => {
    const bare = figure("Temperatures could touch 40 degrees this week.", "40 degrees");
    const celsius = figure("Temperatures could touch 40C this week.", "40C");
    expect(bare.counted.thing).not.toBe(celsius.counted.thing);
  });
});

describe("more numbers that are not counts", () => {
  const cases: { sentence: string; not: number; note: string }[] = [
    { sentence: "The reading, taken shortly after 3 p.m., beat the old record.", not: 3, note: "a time before a comma" },
    { sentence: "Polls close at 8pm and results are expected by midnight.", not: 8, note: "a time written short" },
    { sentence: "Households were asked to save power between 6 p.m. and 10 p.m.", not: 10, note: "the end of a span of hours" },
  ];
  for (const c of cases) {
    it(`${c.sentence} (${c.note})`, () => {
      expect(quantities(c.sentence).filter((q) => q.value === c.not).map(show)).toEqual([]);
    });
  }

  it("The seat sensor was supplied by a third party. → no share", () => {
    expect(quantities("The seat sensor was supplied by a third party.").map(show)).toEqual([]);
  });
});

describe("depths and lengths", () => {
  const cases: { sentence: string; at: string; unit: string; thing: string; metres: number }[] = [
    { sentence: "Fourteen miners spent three days trapped some 600m below ground.", at: "some 600m", unit: "m", thing: "depth", metres: 600 },
    { sentence: "The men were trapped at a depth of 800 metres when the tunnel collapsed.", at: "800 metres", unit: "metres", thing: "depth", metres: 800 },
    { sentence: "Rescuers freed 12 miners trapped nearly 2,000 feet underground since the collapse.", at: "nearly 2,000 feet", unit: "feet", thing: "depth", metres: 609.6 },
    { sentence: "The wreck lies 120m down on the seabed, divers said.", at: "120m", unit: "m", thing: "depth", metres: 120 },
    { sentence: "She won the 400m in a national record time.", at: "400m", unit: "m", thing: "length", metres: 400 },
  ];
  for (const c of cases) {
    it(c.sentence, () => {
      const q = figure(c.sentence, c.at);
      expect([q.span.text, q.unit, q.counted.thing, q.value * (q.unit === "feet" ? 0.3048 : 1)], show(q)).toEqual([c.at, c.unit, c.thing, c.metres]);
      // a collapse or a cut-off says nothing of what a depth measures
      expect(q.counted.role, show(q)).toBe("unspecified");
    });
  }

  it("a sum in a currency keeps its million", () => {
    const q = figure("The company set aside £600m below the line for the recall.", "£600m");
    expect(q.unit, show(q)).toBe("GBP");
    expect(q.value, show(q)).toBe(600e6);
  });
});

describe("rescue workers are responders", () => {
  for (const sentence of ["About 150 rescue workers drilled around the clock.", "More than 200 rescuers took part in the operation.", "Some 40 emergency workers were sent to the site."]) {
    it(sentence, () => expect(quantities(sentence).map((q) => q.counted.thing)).toEqual(["responder"]));
  }
});

describe("a noun followed by a participle and “by”", () => {
  // "hospitals run by the trust": the participle opens a clause, it is not the counted noun
  const cases: { sentence: string; at: string; thing: string }[] = [
    { sentence: "The attack knocked out computers at three hospitals run by the health trust.", at: "three", thing: "hospital" },
    { sentence: "Two ferries operated by the company were held in port.", at: "Two", thing: "ship" },
    { sentence: "All 12 schools managed by the council closed early.", at: "12", thing: "school" },
    { sentence: "Some 40 buses owned by the city were taken off the road.", at: "40", thing: "vehicle" },
  ];
  for (const c of cases) it(c.sentence, () => expect(figure(c.sentence, c.at).counted.thing).toBe(c.thing));
});

describe("sums demanded, and people whose data was taken", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The attackers are demanding $10 million, the newspaper learned.", at: "$10 million", role: "sought" },
    { sentence: "The gang is seeking $5 million in cryptocurrency.", at: "$5 million", role: "sought" },
    { sentence: "The criminals demanded a ransom of £4m from the council.", at: "£4m", role: "sought" },
    // the figure owns data: whatever the verb, the count is of people whose data was exposed
    { sentence: "The personal data of 1.2 million customers may have been stolen.", at: "1.2 million", role: "exposed" },
    { sentence: "Hackers may have taken the records of some 800,000 patients.", at: "some 800,000", role: "exposed" },
    { sentence: "The details of 40,000 staff could be affected, the council said.", at: "40,000", role: "exposed" },
    { sentence: "The bank said information on about 3 million accounts had been accessed.", at: "about 3 million", role: "exposed" },
    // things stolen are no data breach
    { sentence: "Thieves stole 40 cars from the depot overnight.", at: "40", role: "unspecified" },
  ];
  for (const c of cases) it(`${c.sentence} → ${c.role}`, () => expect(figure(c.sentence, c.at).counted.role).toBe(c.role));
});

describe("rail vehicles and what happened to them", () => {
  // carriages, coaches, wagons and (American) cars are one class; leaving the rails is a role of its own
  const cases: { sentence: string; at: string; thing: string; role: string }[] = [
    { sentence: "Six carriages left the track.", at: "Six", thing: "vehicle", role: "derailed" },
    { sentence: "Five carriages came off the track on a bend outside the town.", at: "Five", thing: "vehicle", role: "derailed" },
    { sentence: "The train was travelling north when six cars derailed on a curve.", at: "six", thing: "vehicle", role: "derailed" },
    { sentence: "Three coaches jumped the rails near the station, police said.", at: "Three", thing: "vehicle", role: "derailed" },
    { sentence: "Two wagons came off the rails at low speed.", at: "Two", thing: "vehicle", role: "derailed" },
    { sentence: "Twelve carriages passed the signal at danger.", at: "Twelve", thing: "vehicle", role: "unspecified" },
    // the part that left the track and the whole train
    { sentence: "Six of its eight carriages left the track shortly after 6 p.m.", at: "Six", thing: "vehicle", role: "derailed" },
    { sentence: "Six of its eight carriages left the track shortly after 6 p.m.", at: "eight", thing: "vehicle", role: "total" },
    { sentence: "Two of the three engines failed during the climb.", at: "three", thing: "engine", role: "total" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}” ${c.thing} ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect([q.counted.thing, q.counted.role], show(q)).toEqual([c.thing, c.role]);
    });
  }

  it("an unknown noun ends at a verb in the past: “five gantries fell onto the line”", () => {
    const q = figure("Five gantries fell onto the line in the storm.", "Five");
    expect(q.counted.noun, show(q)).toBe("gantries");
  });
});

describe("speeds: how fast something went, and the limit", () => {
  const cases: { sentence: string; at: string; thing: string }[] = [
    { sentence: "Investigators believe the train was travelling at about 120 km/h as it entered the curve.", at: "about 120 km/h", thing: "speed of train" },
    { sentence: "Early indications suggest the train was going at around 120km/h on a stretch of line where trains are limited to 100km/h.", at: "around 120km/h", thing: "speed of train" },
    { sentence: "Early indications suggest the train was going at around 120km/h on a stretch of line where trains are limited to 100km/h.", at: "100km/h", thing: "speed limit" },
    { sentence: "The train, carrying about 200 passengers, was traveling at about 75 mph when six cars derailed.", at: "about 75 mph", thing: "speed of train" },
    { sentence: "The speed limit on that section is 62 mph.", at: "62 mph", thing: "speed limit" },
    { sentence: "The train was running at 95 km/h, below the permitted speed of 100 km/h on that section.", at: "95 km/h", thing: "speed of train" },
    { sentence: "The train was running at 95 km/h, below the permitted speed of 100 km/h on that section.", at: "100 km/h", thing: "speed limit" },
    { sentence: "Police said the car was doing 140 km/h in a 50 km/h zone.", at: "140 km/h", thing: "speed of car" },
    // a conversion in brackets measures what the figure before it measures
    { sentence: "The train was travelling at about 120 km/h (75 mph) as it entered a curve where the speed limit is 100 km/h.", at: "75 mph", thing: "speed of train" },
    { sentence: "The train was travelling at about 120 km/h (75 mph) as it entered a curve where the speed limit is 100 km/h.", at: "100 km/h", thing: "speed limit" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → “${c.at}” ${c.thing}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.thing, show(q)).toBe(c.thing);
    });
  }

  it("a bare distance in brackets stays bare: “about 250 km (155 miles) from the capital”", () => {
    const q = figure("Stiesk, a market town of some 51,000 people about 250 km (155 miles) from the capital, sits on a plain.", "155 miles");
    expect(q.counted.noun, show(q)).toBe("miles");
  });

  it("a wind speed says nothing of what moved: it is the wind's (no vehicle's)", () => {
    const q = figure("Winds of up to 150 km/h tore roofs off homes.", "150 km/h");
    expect(q.counted.thing, show(q)).toBe("speed:wind");
  });
});

describe("a measure is no population", () => {
  it("“outside the town of Brenvik, some 40km north of the city” is a distance, not the town's population", () => {
    const q = figure("The carriages came off on a bend outside the town of Brenvik, some 40km north of the city.", "some 40km");
    expect([q.counted.thing, q.counted.role], show(q)).toEqual(["distance:north", "unspecified"]);
  });
});

describe("a witness introduced with an apposition is no count", () => {
  it("“One passenger, a student travelling home, said” counts nothing", () => {
    expect(quantities("One passenger, a student travelling home for the weekend, said the carriage suddenly tipped over.").map(show)).toEqual([]);
    expect(quantities("One resident, who asked not to be named, told reporters the water rose within minutes.").map(show)).toEqual([]);
  });
  it("“One passenger, a woman in her sixties, died” still counts", () => {
    expect(quantities("One passenger, a woman in her sixties, died at the scene.").length).toBe(1);
  });
});

describe("what a length measures", () => {
  // a length says what it is the length of ("a 56-kilometre stretch", "a route of 4 kilometres"); a
  // length followed by a compass point is how far away something is, in that direction
  const cases: { sentence: string; at: string; thing: string }[] = [
    { sentence: "Authorities closed a 56-kilometre stretch of the main highway between the two towns.", at: "56-kilometre", thing: "length:stretch" },
    { sentence: "The sheriff's office has closed a 35-mile stretch of State Route 9.", at: "35-mile", thing: "length:stretch" },
    { sentence: "The march followed a 4-kilometre route from the square to the parliament building.", at: "4-kilometre", thing: "length:route" },
    { sentence: "The protesters walked the 2.5-mile route to parliament behind a banner.", at: "2.5-mile", thing: "length:route" },
    { sentence: "The demonstrators moved along a route of 4 kilometres from the square.", at: "4 kilometres", thing: "length:route" },
    { sentence: "The march crossed the city centre, a route of about 6 km.", at: "about 6 km", thing: "length:route" },
    { sentence: "A 12-mile queue of lorries formed on the motorway overnight.", at: "12-mile", thing: "length:queue" },
    { sentence: "The fire began some 24km north of the town, a popular spot with walkers.", at: "some 24km", thing: "distance:north" },
    { sentence: "The blaze started in the hills about 15 miles north of town on Saturday.", at: "about 15 miles", thing: "distance:north" },
    { sentence: "Smoke from the fire drifted more than 100 miles east on Tuesday.", at: "more than 100 miles", thing: "distance:east" },
    { sentence: "The epicentre was about 19 miles north-east of the provincial capital.", at: "about 19 miles", thing: "distance:northeast" },
    // as before: a length with nothing said of it, and a distance from a place
    { sentence: "The town lies about 40 km from the capital.", at: "about 40 km", thing: "length" },
    { sentence: "She won the 400m in a national record time.", at: "400m", thing: "length" },
  ];
  for (const c of cases) {
    it(`${c.sentence} → ${c.thing}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.thing, show(q)).toBe(c.thing);
      expect(q.counted.role, show(q)).toBe("unspecified");
    });
  }
});

describe("an area taken by the happening", () => {
  // the verbs of a fire or a flood spreading say that an area is its extent; other verbs (a park that
  // covers, people who fled) say nothing of what an area measures
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The wildfire had burned about 12,000 hectares (29,650 acres) by Tuesday, fire officials said.", at: "about 12,000 hectares", role: "extent" },
    { sentence: "The wildfire had burned about 12,000 hectares (29,650 acres) by Tuesday, fire officials said.", at: "29,650 acres", role: "extent" },
    { sentence: "Some 8,000 residents have fled a wildfire that has scorched some 7,400 hectares of forest.", at: "some 7,400 hectares", role: "extent" },
    { sentence: "The fire had grown to nearly 30,000 acres by Tuesday, forcing residents to evacuate.", at: "nearly 30,000 acres", role: "extent" },
    { sentence: "The Juniper Creek Fire has burned an estimated 29,800 acres.", at: "29,800 acres", role: "extent" },
    { sentence: "Floodwater has submerged more than 3,000 hectares of farmland, the ministry said.", at: "more than 3,000 hectares", role: "extent" },
    { sentence: "About 500 square kilometres of forest were blackened by the blaze.", at: "About 500 square kilometres", role: "extent" },
    { sentence: "The national park covers 50,000 hectares of pine and oak.", at: "50,000 hectares", role: "unspecified" },
    { sentence: "The farm, which employs 40 people, spans 900 acres.", at: "900 acres", role: "unspecified" },
  ];
  for (const c of cases) {
    it(`${c.sentence} (${c.at}) → ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect([q.counted.thing, q.counted.role], show(q)).toEqual(["area", c.role]);
    });
  }
});

describe("more wordings of what happened to counted things", () => {
  const cases: { sentence: string; at: string; role: string }[] = [
    { sentence: "The fire forced nearly 11,000 residents to evacuate on Monday.", at: "nearly 11,000", role: "displaced" },
    { sentence: "Officials ordered about 2,000 people to flee the coast before the storm.", at: "about 2,000", role: "displaced" },
    { sentence: "Around 140 homes have been reduced to ash, fire officials said.", at: "Around 140", role: "destroyed" },
    { sentence: "More than 60 buildings were reduced to rubble in the old town.", at: "More than 60", role: "destroyed" },
    { sentence: "More than 1,500 firefighters from across the state are now assigned to the fire.", at: "More than 1,500", role: "present" },
    { sentence: "About 1,100 firefighters were battling the flames in steep terrain.", at: "About 1,100", role: "present" },
    // a phrase set off by commas between the figure and its verb says who helped, not what happened
    { sentence: "About 1,100 firefighters, supported by 14 helicopters, were battling the flames in steep terrain.", at: "About 1,100", role: "present" },
    { sentence: "Some 300 soldiers, backed by armoured vehicles, were deployed to the border town.", at: "Some 300", role: "present" },
    { sentence: "Around 40 divers, helped by two navy ships, were searching the wreck on Monday.", at: "Around 40", role: "unspecified" },
    // those a shelter houses, or who are in shelters, are a headcount at one time, a part of those who
    // left: a role of their own, compared with theirs as a part (taken to shelters, they left: above)
    { sentence: "Three emergency shelters housed about 900 people overnight, the county said.", at: "about 900", role: "sheltered" },
    { sentence: "More than 200 people spent the night in shelters in the town.", at: "More than 200", role: "sheltered" },
    { sentence: "About 230 people were placed in temporary shelters in the town.", at: "About 230", role: "sheltered" },
    { sentence: "Schools and sports halls were sheltering some 1,400 evacuees on Monday night.", at: "some 1,400", role: "sheltered" },
  ];
  for (const c of cases) {
    it(`${c.sentence} (${c.at}) → ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect(q.counted.role, show(q)).toBe(c.role);
    });
  }
});

describe("crowds, turnouts and arrests", () => {
  // a crowd's size counts the people who attended; "37 arrests" counts the people arrested
  const cases: { sentence: string; at: string; thing: string; role: string }[] = [
    { sentence: "Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.", at: "about 45,000", thing: "people", role: "attended" },
    { sentence: "Police put the crowd at about 45,000, while organisers said 120,000 people had taken part.", at: "120,000", thing: "people", role: "attended" },
    { sentence: "A crowd of some 20,000 gathered outside parliament on Sunday.", at: "some 20,000", thing: "people", role: "attended" },
    { sentence: "Police estimated the crowd at 8,000, far fewer than the organisers had hoped.", at: "8,000", thing: "people", role: "attended" },
    { sentence: "According to the police, 60,000 persons took part in the march.", at: "60,000", thing: "people", role: "attended" },
    // taking part in a strike is striking
    { sentence: "According to the chamber of commerce, 1,600 employees took part in the walkout.", at: "1,600", thing: "worker", role: "striking" },
    { sentence: "Some 4,000 nurses have taken part in the nationwide strike, the union said.", at: "Some 4,000", thing: "nurse", role: "striking" },
    { sentence: "Police said 37 arrests had been made by nightfall.", at: "37", thing: "people", role: "captured" },
    { sentence: "Officers made more than 50 arrests during the clashes.", at: "more than 50", thing: "people", role: "captured" },
  ];
  for (const c of cases) {
    it(`${c.sentence} (${c.at}) → ${c.thing}, ${c.role}`, () => {
      const q = figure(c.sentence, c.at);
      expect([q.counted.thing, q.counted.role], show(q)).toEqual([c.thing, c.role]);
    });
  }

  it("a figure in the next clause takes no role from the clause before (“…reduced to ash, and officials said it was 25 per cent contained”)", () => {
    const q = figure("Around 140 homes have been reduced to ash, and fire officials said on Tuesday that the blaze was only 25 per cent contained.", "25 per cent");
    expect(q.counted.role, show(q)).toBe("unspecified");
  });
});
describe("“the men” counted where the article has said who they are", () => {
  // a group noun stands for the counted people of the article when its earlier text names one kind of
  // people only; with two kinds named, or none, it stays "people"
  const cases: { text: string; at: string; thing: string }[] = [
    { text: "Live: mine rescue\n\n14:05 - The first of the trapped miners has reached the surface. All 14 men are said to be conscious.", at: "All 14 men", thing: "worker" },
    { text: "Trawler sinks\n\nThe trawler's crew sent a distress call before dawn. Coastguards said the six men were pulled from a life raft.", at: "six", thing: "crew" },
    { text: "Hostages freed\n\nTroops stormed the compound where the hostages were held. All nine men were flown to the capital.", at: "nine", thing: "people" },
    { text: "Prison break\n\nGuards at the jail said the escaped prisoners climbed a wall overnight. Three of the men were caught on Tuesday.", at: "Three", thing: "prisoner" },
    { text: "Three men were arrested after the fight, police said.", at: "Three", thing: "people" },
    { text: "Factory fire\n\nFirefighters and workers fought the blaze for hours. Two men were treated for smoke.", at: "Two", thing: "people" },
    { text: "Mine rescue\n\nThe miners were trapped on Monday. The 12 women who run the canteen fed the rescuers.", at: "12", thing: "people" },
  ];
  it.each(cases)("$text", ({ text, at, thing }) => {
    expect(figure(text, at).counted.thing).toBe(thing);
  });
});

describe("a day before the verb is when, not who", () => {
  it("“Rescuers on Thursday freed 12 miners” has no owner", () => {
    const q = figure("Rescuers on Thursday freed 12 miners from the collapsed shaft.", "12");
    expect(q.counted.owner, show(q)).toBeUndefined();
  });
  it("“the Socialists took 122 seats” keeps its owner", () => {
    expect(figure("In Sunday's vote the Socialists took 122 seats.", "122").counted.owner).toBe("socialist");
  });
});
