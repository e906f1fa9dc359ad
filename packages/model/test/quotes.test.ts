import { describe, expect, it } from "vitest";
import { Corpus, type QuoteClaim } from "../src/index.js";
import { analyze, quotes, show } from "./helpers.js";

/** The quote claim whose words are `words`; fails listing the quotes found. */
function quoteOf(text: string, words: string): QuoteClaim {
  const all = quotes(text);
  const q = all.find((c) => c.quote === words);
  expect(q, `a quote “${words}”; found: ${all.map(show).join(" | ") || "none"}`).toBeDefined();
  return q!;
}

describe("quotation marks", () => {
  const cases: { text: string; quote: string; form: "direct" | "partial" | "block"; speaker?: RegExp }[] = [
    {
      text: "“We will rebuild every house that the water took from us,” the mayor said.",
      quote: "We will rebuild every house that the water took from us",
      form: "direct",
      speaker: /mayor/,
    },
    {
      text: '"The water rose faster than anyone expected," the fire service said on Monday.',
      quote: "The water rose faster than anyone expected",
      form: "direct",
      speaker: /fire service/,
    },
    {
      text: "‘We have moved everyone to higher ground,’ the council said.",
      quote: "We have moved everyone to higher ground",
      form: "direct",
      speaker: /council/,
    },
    {
      text: "‘The town’s pumps simply could not cope,’ the council said.",
      quote: "The town’s pumps simply could not cope",
      form: "direct",
      speaker: /council/,
    },
    {
      text: "The ministry called the response “slow and chaotic” in a report published on Friday.",
      quote: "slow and chaotic",
      form: "partial",
    },
    {
      text: "The council described the repairs as ‘a race against the tide’.",
      quote: "a race against the tide",
      form: "partial",
    },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = quoteOf(c.text, c.quote);
      expect(q.form, show(q)).toBe(c.form);
      expect(c.text.slice(q.span.start, q.span.end)).toBe(c.quote);
      if (c.speaker) expect(q.attribution?.speaker ?? "", show(q)).toMatch(c.speaker);
    });
  }

  it("an apostrophe inside a word does not open or close a quote", () => {
    const text = "The council's engineers said the river's level had fallen overnight.";
    expect(quotes(text).map(show)).toEqual([]);
  });

  it("an unbalanced quotation mark yields no quote that runs past the paragraph", () => {
    const text = "“The dam is holding, the agency said.\n\nResidents were told to stay indoors.”";
    for (const q of quotes(text)) expect(q.span.end, show(q)).toBeLessThanOrEqual(text.indexOf("\n\n"));
  });

  it("the same with CRLF line ends: a blank line ends the paragraph", () => {
    const text = "“The dam is holding, the agency said.\r\n\r\nResidents were told to stay indoors.”";
    for (const q of quotes(text)) expect(q.span.end, show(q)).toBeLessThanOrEqual(text.indexOf("\r\n\r\n"));
  });
});

describe("a statement set off after a colon", () => {
  it("“said in a statement:” then an unquoted paragraph", () => {
    const text =
      "Ferry Passengers Accounted For After Night Search\n\n" +
      "The coastguard said in a statement:\n\n" +
      "All passengers and crew have now been accounted for. The search has been called off.\n";
    const q = quotes(text).find((c) => c.form === "block");
    expect(q, quotes(text).map(show).join(" | ")).toBeDefined();
    expect(q!.quote).toBe("All passengers and crew have now been accounted for. The search has been called off.");
    expect(q!.attribution?.speaker ?? "", show(q)).toMatch(/coastguard/i);
  });

  it("an institution's statement is not credited to a person", () => {
    const text =
      "Ferry Passengers Accounted For After Night Search\n\n" +
      "The fire service said in a statement:\n\n" +
      "All passengers and crew have now been accounted for. The search has been called off.\n";
    const q = quotes(text).find((c) => c.form === "block");
    expect(q, quotes(text).map(show).join(" | ")).toBeDefined();
    expect(q!.attribution?.speaker).toBe("fire service");
    expect(q!.attribution?.entity ?? "", "an organisation's entity id").not.toMatch(/^person:/);
  });

  it("“issued the following statement:” then an unquoted paragraph", () => {
    const text =
      "Ferry Passengers Accounted For After Night Search\n\n" +
      "The regional governor's office issued the following statement:\n\n" +
      "The ferry service will stay suspended until the harbour wall has been inspected.\n";
    const q = quotes(text).find((c) => c.form === "block");
    expect(q, quotes(text).map(show).join(" | ")).toBeDefined();
    expect(q!.quote).toBe("The ferry service will stay suspended until the harbour wall has been inspected.");
    expect(q!.attribution?.speaker ?? "", show(q)).toMatch(/governor/i);
  });
});

describe("who is speaking", () => {
  const cases: { text: string; quote: string; speaker: string }[] = [
    { text: "“The bridge will stay closed,” Volodymyr Zelensky said.", quote: "The bridge will stay closed", speaker: "Volodymyr Zelensky" },
    { text: "“The bridge will stay closed,” said Volodymyr Zelensky.", quote: "The bridge will stay closed", speaker: "Volodymyr Zelensky" },
    {
      text: "“The bridge will stay closed until the engineers say otherwise,” said President Volodymyr Zelensky.",
      quote: "The bridge will stay closed until the engineers say otherwise",
      speaker: "Volodymyr Zelensky",
    },
    {
      text: "Volodymyr Zelensky wrote on Telegram: “The rescue teams worked through the night.”",
      quote: "The rescue teams worked through the night.",
      speaker: "Volodymyr Zelensky",
    },
    {
      text: "According to the Red Cross, “the shelters are full and more blankets are needed.”",
      quote: "the shelters are full and more blankets are needed.",
      speaker: "Red Cross",
    },
    {
      text: "UN Secretary-General António Guterres told reporters: “Aid must reach the valley now.”",
      quote: "Aid must reach the valley now.",
      speaker: "António Guterres",
    },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = quoteOf(c.text, c.quote);
      expect(q.attribution?.speaker, show(q)).toBe(c.speaker);
    });
  }

  it("“..., X said, adding that “...”: both quotes are X's", () => {
    const text =
      "“The pumps are running day and night,” said President Volodymyr Zelensky, adding that “no town will be left on its own.”";
    expect(quoteOf(text, "The pumps are running day and night").attribution?.speaker).toBe("Volodymyr Zelensky");
    expect(quoteOf(text, "no town will be left on its own.").attribution?.speaker).toBe("Volodymyr Zelensky");
  });

  it("a pronoun speaker is the last person named before it", () => {
    const text =
      "President Volodymyr Zelensky visited the flooded district on Monday. The regional council had asked for more boats.\n" +
      "“We will rebuild every house,” he said.";
    const q = quoteOf(text, "We will rebuild every house");
    expect(q.attribution?.speaker, show(q)).toBe("Volodymyr Zelensky");
  });

  it("a surname alone stands for the full name given earlier", () => {
    const text =
      "President Volodymyr Zelensky arrived in the valley on Tuesday.\n" +
      "“This is a disaster that was foretold,” Zelensky said.";
    const q = quoteOf(text, "This is a disaster that was foretold");
    expect(q.attribution?.speaker, show(q)).toBe("Volodymyr Zelensky");
  });

  it("a quote with no speaker in its sentence or paragraph has no attribution", () => {
    const text = "Flood Diary\n\n“The water came in the night.”\n";
    const q = quoteOf(text, "The water came in the night.");
    expect(q.attribution, show(q)).toBeUndefined();
  });
});

describe("verbs inside a quote are not reporting verbs", () => {
  it("“The ministry announced nothing to us,” a local official said.", () => {
    const text = "“The ministry announced nothing to us,” a local official said.";
    const q = quoteOf(text, "The ministry announced nothing to us");
    expect(q.attribution?.speaker ?? "", show(q)).toMatch(/official/);
    expect(q.attribution?.speaker ?? "", show(q)).not.toMatch(/ministry/);
  });

  it("“The army said 200 homes were lost,” the mayor told reporters. → the mayor, not the army", () => {
    const text = "“The army said 200 homes were lost,” the mayor told reporters.";
    expect(quotes(text).map((q) => q.attribution?.speaker)).toEqual(["mayor"]);
    const figure = analyze(text).claims.find((c) => c.kind === "quantity");
    expect(figure?.attribution?.speaker, show(figure)).toBe("mayor");
  });

  it("no speaker is made up from a quote that holds the only verb", () => {
    const text = "Flood Diary\n\n“Officials said we would be safe here.”\n";
    const q = quoteOf(text, "Officials said we would be safe here.");
    expect(q.attribution, show(q)).toBeUndefined();
  });
});

describe("the same words written differently are not a rewording", () => {
  // two outlets quote one speaker; the words differ only in spelling, number, contractions or a marked cut
  const cases: { a: string; b: string; reworded: boolean }[] = [
    {
      a: "“We have organized extra ferries and buses for commuters, and the night trains will run every hour,” the minister said.",
      b: "‘We have organised extra ferries and buses for commuters, and the night trains will run every hour,’ the minister said.",
      reworded: false,
    },
    {
      a: '"We have organized extra ferries and buses for commuters, and the night trains will run every hour," the minister said.',
      b: '"We have organized extra ferries … and the night trains will run every hour," the minister said.',
      reworded: false,
    },
    {
      a: '"The harbour will stay closed until every pier has been inspected, and we will not cut corners," the minister said.',
      b: '"The harbour will stay closed until every pier has been inspected ... we will not cut corners," the minister said.',
      reworded: false,
    },
    {
      a: "“Nurses are not asking for luxury, they are asking to be able to pay their rent,” the union said.",
      b: "“Nurses aren't asking for luxuries; they're asking to be able to pay the rent,” the union said.",
      reworded: false,
    },
    {
      a: "“The neighbours of the centre have been patient with our programme,” the mayor said.",
      b: "“The neighbors of the center have been patient with our program,” the mayor said.",
      reworded: false,
    },
    {
      a: "“Nurses are not asking for luxury, they are asking to be able to pay their rent,” the union said.",
      b: "“They are asking to be able to pay the rent,” the union said.",
      reworded: false,
    },
    // number and a doubled consonant together: "killing" and "killings", "travellers" and "traveler"
    {
      a: "“This senseless killing must stop,” the governor said.",
      b: "The governor said the “senseless killings must stop”.",
      reworded: false,
    },
    {
      a: "“Travellers should expect long delays on every route out of the city,” the minister said.",
      b: "“Travelers should expect long delays on every route out of the city,” the minister said.",
      reworded: false,
    },
    // a cut that leaves words out and changes one is still a rewording; so does a dropped negation
    {
      a: "“We will not reopen the bridge before every cable has been inspected,” the minister said.",
      b: "“We will reopen the bridge before every cable has been inspected,” the minister said.",
      reworded: true,
    },
    {
      a: '"We have organized extra ferries and buses for commuters, and the night trains will run every hour," the minister said.',
      b: '"We have organized extra ferries … and the night trains will run every two hours," the minister said.',
      reworded: true,
    },
    {
      a: "“No one will cross this bridge until I am personally satisfied that it is safe,” the minister said.",
      b: "“No one will cross this bridge until our engineers are satisfied that it is safe,” the minister said.",
      reworded: true,
    },
  ];
  for (const c of cases) {
    it(`${c.reworded ? "reworded" : "same"}: ${c.b}`, () => {
      const corpus = new Corpus();
      corpus.set("file:///a.txt", `Harbour News\nMarch 4, 2025\n\n${c.a}\n`);
      corpus.set("file:///b.txt", `City Report\nMarch 4, 2025\n\n${c.b}\n`);
      expect(corpus.conflicts().filter((x) => x.kind === "quote").length).toBe(c.reworded ? 1 : 0);
    });
  }
});

describe("who is speaking, by role and title", () => {
  // articles that name no one: officials are given by their office, witnesses by what they do
  const cases: { text: string; quote: string; speaker: string | undefined }[] = [
    { text: "“Every pier will be checked by hand,” the mayor of Dunvare said after the meeting.", quote: "Every pier will be checked by hand", speaker: "mayor of Dunvare" },
    {
      text: "“Teachers are not asking for luxury,” the general secretary of the teachers' union told reporters outside the ministry.",
      quote: "Teachers are not asking for luxury",
      speaker: "general secretary of the teachers' union",
    },
    {
      text: "“Teachers are not asking for luxury,” said the general secretary of the teachers' union, who led the march.",
      quote: "Teachers are not asking for luxury",
      speaker: "general secretary of the teachers' union",
    },
    {
      text: "“The wards are fully staffed,” a hospital director said on Tuesday, speaking to reporters at the central hospital.",
      quote: "The wards are fully staffed",
      speaker: "a hospital director",
    },
    { text: "“It takes me an hour to get across now,” said a nurse who works night shifts.", quote: "It takes me an hour to get across now", speaker: "a nurse" },
    {
      text: "“The harbour is our lifeline,” said the head of the port authority.",
      quote: "The harbour is our lifeline",
      speaker: "head of the port authority",
    },
    {
      text: "The transport minister spoke in the capital on Tuesday.\n\n“The bridge will stay closed,” he said, “until every cable has been inspected.”",
      quote: "until every cable has been inspected.",
      speaker: "transport minister",
    },
    {
      text: "The transport minister spoke in the capital on Tuesday.\n\n“The bridge will stay closed,” he said, “until every cable has been inspected.”",
      quote: "The bridge will stay closed",
      speaker: "transport minister",
    },
    {
      text: "“We are ready to talk at any hour,” the general secretary of the teachers' union told reporters.\n\nShe said the strike would go on. “We will not give up,” she added.",
      quote: "We will not give up",
      speaker: "general secretary of the teachers' union",
    },
    {
      text: "The union's general secretary has also taken to social media. “We will stay out until there is a real offer,” she wrote on X.",
      quote: "We will stay out until there is a real offer",
      speaker: "union's general secretary",
    },
    // no role and no name before it: a pronoun stays unresolved
    { text: "“We will stay out,” she wrote on X.", quote: "We will stay out", speaker: undefined },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const q = quoteOf(c.text, c.quote);
      expect(q.attribution?.speaker, show(q)).toBe(c.speaker);
    });
  }
});

describe("a statement of several sentences against one of them", () => {
  // one outlet quotes a statement in full, another only one sentence of it: that sentence is compared
  const cases: { a: string; b: string; reworded: boolean }[] = [
    {
      a: "“The safety of our passengers is always our first priority,” the airline said in a statement.",
      b: "In a statement, the airline said: “The safety of our passengers will always be our highest priority. We apologise for the distress caused to our customers.”",
      reworded: true,
    },
    {
      a: "“We are sorry for the delay and we thank our customers for their patience,” the railway operator said.",
      b: "“Crews have worked through the night to repair the line. We are sorry for the delay and thank our customers for their patience.”, the railway operator said.",
      reworded: false,
    },
    {
      a: "“The factory will close in March,” the company said.",
      b: "“Production will move to the new plant. The old factory site will be sold to the council next year,” the company said.",
      reworded: false,
    },
    {
      a: "“Rescue teams are working around the clock in the worst-hit villages,” the governor said.",
      b: "“Rescue teams are working day and night in the villages hit hardest. No one will be left behind. We will rebuild every home,” the governor said.",
      reworded: true,
    },
  ];
  for (const c of cases) {
    it(`${c.reworded ? "reworded" : "not a rewording"}: ${c.a}`, () => {
      const corpus = new Corpus();
      corpus.set("file:///a.txt", `Morning Wire\nMarch 4, 2025\n\n${c.a}\n`);
      corpus.set("file:///b.txt", `Evening Post\nMarch 4, 2025\n\n${c.b}\n`);
      expect(corpus.conflicts().filter((x) => x.kind === "quote").length).toBe(c.reworded ? 1 : 0);
    });
  }
});
