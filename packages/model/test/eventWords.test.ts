import { describe, expect, it } from "vitest";
import type { DateClaim } from "../src/index.js";
import { analyze, show } from "./helpers.js";

/**
 * What happened on a date: the class of happening a date claim is given (`event[0]`). Sentences
 * written for these tests, in the styles of wires, British and American papers, live blogs and
 * translated statements; no person is named.
 */

// 2025-03-05 is a Wednesday.
const DATE_LINE = "March 5, 2025";

function dateAt(body: string, at: string): DateClaim {
  const text = `Headline Of The Report For The Tests\n${DATE_LINE}\n\n${body}\n`;
  const all = analyze(text).claims.filter((c): c is DateClaim => c.kind === "date");
  const start = text.indexOf(at, text.indexOf("\n\n"));
  const over = all.filter((c) => c.span.start < start + at.length && start < c.span.end);
  expect(over.length, `one date over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

type Case = { body: string; at: string; cls?: string; not?: string[] };

function table(cases: Case[]) {
  for (const c of cases) {
    it(`${c.body} → ${c.cls ?? `not ${c.not!.join(", ")}`}`, () => {
      const d = dateAt(c.body, c.at);
      if (c.cls) expect(d.event[0], show(d)).toBe(c.cls);
      for (const n of c.not ?? []) expect(d.event[0], show(d)).not.toBe(n);
    });
  }
}

describe("verbs that name a happening of any kind: “swept through”, “gave way”, “fell into the river”", () => {
  table([
    { body: "Flames swept through a timber warehouse in the port on Sunday, the emergency services said.", at: "Sunday", cls: "occur" },
    { body: "Floodwaters swept across low-lying farmland near Kelmor on 2 March, the regional council said.", at: "2 March", cls: "occur" },
    { body: "A strong aftershock shook the hill town of Vesk early on Monday, according to the seismology institute.", at: "Monday", cls: "occur" },
    { body: "Part of the coast road gave way on Tuesday after three days of heavy rain.", at: "Tuesday", cls: "occur" },
    { body: "TARNHOLM — When a section of the old pier fell into the sea on Saturday, March 1, the harbour was closed.", at: "Saturday, March 1", cls: "occur" },
    { body: "The roof of the covered market caved in late on Monday, council officials said.", at: "Monday", cls: "occur" },
    { body: "A delivery van plunged into the canal on Sunday night, police said.", at: "Sunday", cls: "occur" },
    // the same verbs in other senses name no happening
    { body: "Share prices fell on Monday as investors weighed the figures.", at: "Monday", not: ["occur"] },
    { body: "The council fell into a bitter dispute with the port authority on Friday.", at: "Friday", not: ["occur"] },
    { body: "The ruling party swept to power on Sunday, winning most of the seats.", at: "Sunday", not: ["occur"] },
    { body: "The two foreign ministers shook hands on Monday before their talks.", at: "Monday", not: ["occur"] },
    { body: "The peaceful march gave way to rioting on Saturday night.", at: "Saturday", not: ["occur"] },
  ]);
});
