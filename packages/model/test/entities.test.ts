import { describe, expect, it } from "vitest";
import { Corpus, analyzeDocument, defaultOptions, nameKey, type Entity } from "../src/index.js";
import { EntityIndex, NameTable } from "../src/align/entities.js";

/** A corpus of one-paragraph articles, keyed a.txt, b.txt, ... */
function corpusOf(...texts: string[]): Corpus {
  const corpus = new Corpus();
  texts.forEach((t, i) => corpus.set(`file:///${String.fromCharCode(97 + i)}.txt`, t));
  return corpus;
}

/** The entity one of whose mentions is exactly `name` as written. */
function entityOf(entities: Entity[], name: string): Entity {
  const e = entities.find((x) => x.mentions.some((m) => m.span.text === name || m.span.text.endsWith(` ${name}`)));
  expect(e, `an entity mentioned as “${name}”; entities: ${entities.map((x) => `${x.name}[${x.aliases.join(",")}]`).join("; ")}`).toBeDefined();
  return e!;
}

describe("spelling variants share a key", () => {
  const same: [string, string][] = [
    ["Zelensky", "Zelenskiy"],
    ["Zelensky", "Zelenskyy"],
    ["Kyiv", "Kiev"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
    ["the Kremlin", "Kremlin"],
    ["Russia's", "Russia"],
  ];
  for (const [a, b] of same) it(`${a} ~ ${b}`, () => expect(nameKey(a)).toBe(nameKey(b)));

  const apart: [string, string][] = [
    ["Iran", "Iraq"],
    ["Austria", "Australia"],
    ["Slovakia", "Slovenia"],
    ["Red Cross", "Red Crescent"],
    ["Kherson", "Kharkiv"],
  ];
  for (const [a, b] of apart) it(`${a} ≠ ${b}`, () => expect(nameKey(a)).not.toBe(nameKey(b)));
});

describe("entities across a corpus", () => {
  const corpus = corpusOf(
    "Flood Aid Reaches The Capital\nMarch 14, 2024\n\nPresident Volodymyr Zelensky said on Monday that aid had reached Kyiv. " +
      "The International Atomic Energy Agency (IAEA) said its inspectors had left the plant near Zaporizhzhia. Officials in Iran said they would send tents. A second convoy left for Kharkiv.\n",
    "Aid Convoy Arrives\nMarch 14, 2024\n\nPresident Volodymyr Zelenskiy thanked the Red Cross as the convoy reached Kiev. " +
      "The IAEA said the plant was stable. Officials in Iraq said they would send water. Trucks also reached Kharkov.\n",
    "Convoy Reaches The Capital\nMarch 15, 2024\n\nZelenskyy met workers from the Red Crescent in Kyiv. " +
      "Inspectors from Austria and Australia joined the International Atomic Energy Agency team.\n",
  );
  const entities = corpus.entities();

  it("Zelensky, Zelenskiy and Zelenskyy are one person", () => {
    const a = entityOf(entities, "Volodymyr Zelensky");
    expect(entityOf(entities, "Volodymyr Zelenskiy").id).toBe(a.id);
    expect(entityOf(entities, "Zelenskyy").id).toBe(a.id);
    expect(a.type).toBe("person");
    expect(new Set(a.mentions.map((m) => m.uri)).size).toBe(3);
  });

  it("Kyiv and Kiev are one place", () => {
    const kyiv = entityOf(entities, "Kyiv");
    expect(entityOf(entities, "Kiev").id).toBe(kyiv.id);
    expect(kyiv.type).toBe("place");
  });

  it("Kharkiv and Kharkov are one place (one letter apart)", () => {
    expect(entityOf(entities, "Kharkov").id).toBe(entityOf(entities, "Kharkiv").id);
  });

  it("an acronym defined in the text and its expansion are one organisation, in every article", () => {
    const long = entityOf(entities, "International Atomic Energy Agency");
    expect(entityOf(entities, "IAEA").id).toBe(long.id);
    expect(long.type).toBe("organisation");
    expect(new Set(long.mentions.map((m) => m.uri))).toEqual(new Set(["file:///a.txt", "file:///b.txt", "file:///c.txt"]));
  });

  it("names that only look alike stay apart", () => {
    expect(entityOf(entities, "Iran").id).not.toBe(entityOf(entities, "Iraq").id);
    expect(entityOf(entities, "Austria").id).not.toBe(entityOf(entities, "Australia").id);
    expect(entityOf(entities, "Red Cross").id).not.toBe(entityOf(entities, "Red Crescent").id);
    expect(entityOf(entities, "Kyiv").id).not.toBe(entityOf(entities, "Zaporizhzhia").id);
  });

  it("weekdays are not entities that merge with anything", () => {
    const monday = entities.find((e) => e.name === "Monday");
    if (monday) expect(monday.type).toBe("other");
  });
});

describe("an acronym defined the other way round", () => {
  it("“the IAEA (International Atomic Energy Agency)” merges too", () => {
    const corpus = corpusOf(
      "Inspectors Leave The Plant\nMarch 14, 2024\n\nThe IAEA (International Atomic Energy Agency) said its inspectors had left.\n",
      "Plant Is Stable, Agency Says\nMarch 14, 2024\n\nThe International Atomic Energy Agency said the plant was stable.\n",
    );
    const entities = corpus.entities();
    expect(entityOf(entities, "IAEA").id).toBe(entityOf(entities, "International Atomic Energy Agency").id);
  });

  it("two organisations whose initials differ stay apart", () => {
    const corpus = corpusOf(
      "Agencies Send Teams\nMarch 14, 2024\n\nThe World Health Organization (WHO) and the World Food Programme (WFP) sent teams to the valley.\n",
      "Teams Arrive\nMarch 15, 2024\n\nThe WHO said the clinics were open. The WFP said the trucks had arrived.\n",
    );
    const entities = corpus.entities();
    expect(entityOf(entities, "WHO").id).toBe(entityOf(entities, "World Health Organization").id);
    expect(entityOf(entities, "WFP").id).toBe(entityOf(entities, "World Food Programme").id);
    expect(entityOf(entities, "WHO").id).not.toBe(entityOf(entities, "WFP").id);
  });
});

describe("merge rules, applied to the analyses directly", () => {
  // The same articles as above, merged by EntityIndex over an array: shows the rules apart from how
  // Corpus hands its documents over.
  const docs = [
    "Flood Aid Reaches The Capital\nMarch 14, 2024\n\nPresident Volodymyr Zelensky said on Monday that aid had reached Kyiv and Kharkiv. " +
      "The International Atomic Energy Agency (IAEA) said its inspectors had left the plant. Officials in Iran said they would send tents.\n",
    "Aid Convoy Arrives\nMarch 14, 2024\n\nPresident Volodymyr Zelenskiy thanked the Red Cross as the convoy reached Kiev. " +
      "The IAEA said the plant was stable. Officials in Iraq said they would send water.\n",
    "Convoy Reaches The Capital\nMarch 15, 2024\n\nZelenskyy met workers from the Red Crescent in Kyiv before flying to Kharkov.\n",
  ].map((t, i) => analyzeDocument(`file:///${i}.txt`, t, defaultOptions));
  const index = new EntityIndex(docs);
  const entities = index.entities(docs);

  it("variants, acronyms and one-letter spellings merge; look-alikes stay apart", () => {
    expect(entities.length).toBeGreaterThan(0);
    const id = (name: string) => entityOf(entities, name).id;
    expect(id("Volodymyr Zelenskiy")).toBe(id("Volodymyr Zelensky"));
    expect(id("Zelenskyy")).toBe(id("Volodymyr Zelensky"));
    expect(id("Kiev")).toBe(id("Kyiv"));
    expect(id("Kharkov")).toBe(id("Kharkiv"));
    expect(id("IAEA")).toBe(id("International Atomic Energy Agency"));
    expect(id("Iran")).not.toBe(id("Iraq"));
    expect(id("Red Cross")).not.toBe(id("Red Crescent"));
  });
});

describe("merges do not depend on the order documents came in", () => {
  // names written alike in several articles, with ties in length and type to settle
  const docs = [
    "Ferry Rescue\nMarch 14, 2024\n\nPresident Volodymyr Zelensky said on Monday that Zelensky's office in Porto Vell had sent boats. The Coast Guard Service (CGS) helped.\n",
    "Boats Sent\nMarch 14, 2024\n\nVolodymyr Zelenskiy thanked the CGS. Officials in Porto Vel said the boats reached Porto Bell. Zelenskiy said more would come.\n",
    "Harbour Count\nMarch 15, 2024\n\nZelensky met the crews of the Coast Guard Service in Porto Vell. Olena Zelenska, his wife, said 300 were rescued.\n",
  ].map((t, i) => analyzeDocument(`file:///${i}.txt`, t, defaultOptions));
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];

  it("the same entities, ids and names whatever the order", () => {
    const seen = orders.map((o) => {
      const index = new EntityIndex(o.map((i) => docs[i]));
      return { signature: index.signature(), entities: index.entities(docs) };
    });
    for (const s of seen) expect(s).toEqual(seen[0]);
  });

  it("a name table edited document by document equals one made afresh", () => {
    const edited = new NameTable();
    for (const d of docs) edited.add(d);
    edited.remove(docs[0]);
    edited.add(docs[0]);
    edited.remove(docs[1]);
    const before = edited.generation();
    const fresh = NameTable.of([docs[2], docs[0]]);
    fresh.generation();
    expect(new Map(edited.records)).toEqual(new Map(fresh.records));
    expect(edited.aliases()).toEqual(fresh.aliases());
    expect(new EntityIndex(edited).signature()).toBe(new EntityIndex(fresh).signature());
    // the same names again: nothing for the index to rebuild
    edited.add(docs[2]);
    edited.remove(docs[2]);
    expect(edited.generation()).toBe(before);
  });
});

describe("one name, one type within an article", () => {
  const typesOf = (text: string, name: string) =>
    analyzeDocument("file:///a.txt", text, defaultOptions)
      .names.filter((n) => n.span.text === name)
      .map((n) => n.type);
  const aroundOf = (text: string) =>
    analyzeDocument("file:///a.txt", text, defaultOptions).claims.flatMap((c) => (c.kind === "quantity" ? c.counted.scope.around : []));

  // a name typed as a place, person or organisation once is that everywhere in the article
  const cases: { text: string; name: string; type: string }[] = [
    {
      text: "River Bursts Its Banks\nMarch 3, 2024\n\nThe river burst its banks in Orlen on Sunday. Rescue teams marched through Orlen before dawn. Orlen was without power on Monday.\n",
      name: "Orlen",
      type: "place",
    },
    {
      text: "Quake Damage\n5 May 2024\n\nThe tremor shook Dravna late on Friday. Dravna's mayor said about 40 houses had collapsed. Aid arrived in Dravna on Saturday.\n",
      name: "Dravna",
      type: "place",
    },
  ];
  for (const c of cases) {
    it(`${c.name} → ${c.type} in every mention`, () => {
      const types = typesOf(c.text, c.name);
      expect(types.length).toBeGreaterThanOrEqual(2);
      expect(new Set(types)).toEqual(new Set([c.type]));
    });
  }

  it("a place named once with a preposition and twice without is what the article is about", () => {
    const text =
      "River Bursts Its Banks\nMarch 3, 2024\n\nThe river burst its banks in Orlen on Sunday. Orlen's mayor said 300 homes were flooded. Orlen was without power on Monday.\n";
    expect(aroundOf(text)).toContain(nameKey("Orlen"));
  });

  it("a name never typed otherwise stays as it is", () => {
    const text = "Ferry Sinks\nMarch 3, 2024\n\nThe Halvard sank on Sunday with 40 passengers aboard. The Halvard had been inspected in May.\n";
    expect(new Set(typesOf(text, "Halvard"))).toEqual(new Set(["other"]));
  });
});

describe("a name after “the city of” is a place", () => {
  const typeOf = (sentence: string, name: string) =>
    analyzeDocument("file:///a.txt", `Report\nMarch 3, 2024\n\n${sentence}\n`, defaultOptions).names.find((n) => n.span.text === name)?.type;
  const cases: [string, string][] = [
    ["A ransomware attack on a hospital group in the city of Ostrev has forced thousands of cancellations.", "Ostrev"],
    ["Flooding cut off the town of Marnby for two days.", "Marnby"],
    ["Rescue teams reached the village of Tollek before dawn.", "Tollek"],
    ["Fighting spread to the port of Varsk overnight.", "Varsk"],
  ];
  for (const [sentence, name] of cases) it(sentence, () => expect(typeOf(sentence, name)).toBe("place"));
  it("the people of a place are no place name: “the University of Tollek” stays a body", () => {
    expect(typeOf("The University of Tollek said 40 students were hurt.", "University of Tollek")).toBe("organisation");
  });
});
