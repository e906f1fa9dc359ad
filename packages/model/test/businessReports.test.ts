import { describe, expect, it } from "vitest";
import { pairTable, quantities } from "./helpers.js";

// Business reports set beside the figure they report the figures it is measured against: what the
// company or analysts expected, what would have happened without a one-off, the price per share of a
// deal worth billions, the previous record a fine beats and the running total it adds to. None of them
// is another outlet's version of the figure reported.

const roleOf = (text: string, at: string) => quantities(text).find((q) => q.span.text === at)?.counted.role;
const thingOf = (text: string, at: string) => quantities(text).find((q) => q.span.text === at)?.counted.thing;

describe("what was expected is a forecast, whoever expected it", () => {
  it.each([
    ["Korvane Media had said it expected to add 1.8 million subscribers in the quarter.", "1.8 million"],
    ["The streamer is projecting a loss of a further one million subscribers in the second quarter.", "one million"],
    ["Analysts polled by a data firm had predicted growth of 2.4 million subscribers.", "2.4 million"],
    ["Revenue of $4.1 billion missed estimates of $4.3 billion.", "$4.3 billion"],
    ["Sales came in at £812m, against a consensus forecast of £790m.", "£790m"],
    ["It lost 150,000 subscribers, compared with 1.2 million additions expected by analysts.", "1.2 million"],
    ["Earnings per share: $1.12 vs. 98 cents expected, according to a survey of analysts.", "98"],
  ])("%#: %s → %s is a forecast", (text, at) => {
    expect(roleOf(text, at)).toMatch(/^forecast/);
  });
  it.each([
    // the result itself, even beside the word
    ["Korvane Media lost 150,000 subscribers in the quarter, more than analysts had expected.", "150,000"],
    ["As expected, the bank cut its workforce by 1,200 jobs.", "1,200"],
    ["The company reported a bigger-than-expected loss of $310 million.", "$310 million"],
  ])("%#: %s → %s is no forecast", (text, at) => {
    expect(roleOf(text, at) ?? "").not.toMatch(/^forecast/);
  });
  pairTable(
    "quantity",
    [
      {
        a: "Korvane Media reported a loss of 150,000 subscribers. Korvane Media shares fell.",
        b: "Korvane Media had said it expected to add 1.8 million subscribers. Korvane Media shares fell.",
        conflict: false,
      },
      // the company's guidance for one quarter and its projection for the next
      {
        a: "Korvane Media had said it expected to add 1.8 million subscribers in the first quarter. Korvane Media shares fell.",
        b: "Korvane Media projected a loss of another one million subscribers in the second quarter. Korvane Media shares fell.",
        conflict: false,
      },
      // analysts' expectation and the company's own forecast are two forecasts
      {
        a: "Wall Street analysts had expected Korvane Media to add 2.4 million subscribers. Korvane Media shares fell.",
        b: "Korvane Media itself had forecast that it would add 1.6 million subscribers. Korvane Media shares fell.",
        conflict: false,
      },
      {
        a: "Korvane Media revenue missed estimates of $4.3 billion. Korvane Media shares fell.",
        b: "Korvane Media reported revenue of $4.1 billion. Korvane Media shares fell.",
        conflict: false,
      },
      // two reports of the company's own forecast still disagree
      {
        a: "Korvane Media had forecast that it would add 1.6 million subscribers. Korvane Media lost 200,000.",
        b: "Korvane Media had predicted that it would add 2.5 million subscribers. Korvane Media lost 200,000.",
        conflict: true,
      },
    ],
    ["April 20, 2026", "April 20, 2026"],
  );
});

describe("what would have been is no figure of what was", () => {
  it.each([
    ["Leaving Osmaria aside, the subscriber base would have grown by 400,000 subscribers.", "400,000"],
    ["Without the market exit, Korvane would have added 350,000 subscribers.", "350,000"],
    ["A board seat would've barred the investor from buying a stake of more than 14.9 percent.", "more than 14.9 percent"],
    ["Had the plant stayed open, it could have employed 3,000 people.", "3,000"],
  ])("%#: %s → %s is hypothetical", (text, at) => {
    expect(roleOf(text, at)).toBe("hypothetical");
  });
  pairTable(
    "quantity",
    [
      {
        a: "Without the Osmaria exit, Korvane Media would have added 500,000 subscribers, the company said.",
        b: "Korvane Media reported a loss of 200,000 subscribers. Korvane Media shares fell.",
        conflict: false,
      },
      {
        a: "The investor revealed a 9% stake in Talvora. Talvora shares rose.",
        b: "Joining the board would have capped the investor at a 14.9 percent stake in Talvora. Talvora shares rose.",
        conflict: false,
      },
    ],
    ["April 20, 2026", "April 20, 2026"],
  );
});

describe("a price per share is no price of the deal", () => {
  it.each([
    ["The buyer will pay $31.50 per share, valuing Talvora at about $9 billion.", "$31.50"],
    ["The deal values Talvora at $9 billion, or $31.50 a share.", "$31.50"],
    ["Shareholders will receive $31.50 in cash for every share they own.", "$31.50"],
    ["Shareholders will get 1,850p for each share.", "1,850p"],
  ])("%#: %s → %s is per share", (text, at) => {
    expect(thingOf(text, at)).toMatch(/\/share$/);
  });
  it("the deal's own price stays a sum", () => {
    expect(thingOf("The buyer will pay $31.50 per share, valuing Talvora at about $9 billion.", "about $9 billion")).not.toMatch(/\/share$/);
  });
  pairTable(
    "quantity",
    [
      {
        a: "The buyer will pay $31.50 a share for Talvora. Talvora agreed.",
        b: "The buyer will pay about $9 billion for Talvora. Talvora agreed.",
        conflict: false,
      },
      {
        a: "Under the agreement, Talvora shareholders will receive $31.50 for every share they own. The buyer will pay about $9 billion.",
        b: "The buyer will pay about $9 billion for Talvora, the company said.",
        conflict: false,
      },
      // two prices per share still disagree
      {
        a: "The buyer offered $31.50 per share in cash for Talvora. Talvora's board accepted.",
        b: "The buyer offered $35 a share in cash for Talvora. Talvora's board accepted.",
        conflict: true,
      },
    ],
    ["April 25, 2026", "April 25, 2026"],
  );
});

describe("a previous record and a running total are no figure of this fine", () => {
  it.each([
    ["It beats the previous record fine of €650 million, imposed on a retailer.", "€650 million", "previous"],
    ["The penalty beats the previous record of €650 million.", "€650 million", "previous"],
    ["The decision pushes the total of the group's penalties past €2 billion.", "€2 billion", "total"],
    ["The ruling brings the total the carrier has been fined to €2.1 billion.", "€2.1 billion", "total"],
  ])("%#: %s → %s is %s", (text, at, role) => {
    expect(roleOf(text, at)).toBe(role);
  });
  pairTable(
    "quantity",
    [
      {
        a: "The data regulator fined Korvane €900 million. It beats the previous record fine of €650 million. Korvane will appeal.",
        b: "Korvane was fined €900 million by the data regulator. Korvane will appeal.",
        conflict: false,
      },
      {
        a: "The data regulator fined Korvane €900 million, a decision that takes total fines against Korvane above €2 billion.",
        b: "Korvane was fined €900 million by the data regulator. Korvane will appeal.",
        conflict: false,
      },
      // the fine itself still meets the fine
      {
        a: "The data regulator fined Korvane €900 million on Monday.",
        b: "Korvane was fined €600 million by the data regulator on Monday.",
        conflict: true,
      },
    ],
    ["May 22, 2026", "May 22, 2026"],
  );
});

describe("a net loss is a whole over the places the report counts apart", () => {
  it("the placeless loss is not a count of the market where more were lost", () => {
    const text = "Korvane results\nApril 20, 2026\n\nKorvane Media lost 200,000 subscribers in the quarter. Its exit from Osmaria alone lost it 700,000 subscribers.";
    expect(quantities(text).find((q) => q.span.text === "200,000")?.counted.besides).toEqual(["osmaria"]);
  });
  pairTable(
    "quantity",
    [
      {
        a: "Korvane Media reported a loss of 200,000 subscribers. Korvane Media said it lost 700,000 subscribers in Osmaria.",
        b: "Korvane Media lost 200,000 subscribers in the quarter. Korvane Media shares fell.",
        conflict: false,
      },
    ],
    ["April 20, 2026", "April 20, 2026"],
  );
});
