/**
 * An edited corpus must read exactly as a fresh one of the same final texts: whatever the order in
 * which documents were added, changed and removed, and however many commits came between, the
 * report (conflicts, their claims, pairs and messages) is the same. The language server relies on it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { expect, it } from "vitest";
import { analyzeDocument, buildReport, Corpus, defaultOptions } from "../../src/index.js";

const SEEDS = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const RUNS = Number(process.env.FC_RUNS_INCREMENTAL || (process.env.RELIABILITY === "long" ? 200 : 8));

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), "utf8"));
const invented = [
  "Ferry capsizes near the harbour\nJune 3, 2024\n\nAbout 300 passengers were rescued on Monday, the coastguard said. “We saw the boat tilt,” a fisherman said.\n",
  "Ferry disaster\nJune 4, 2024\n\nAbout 450 passengers were rescued on Monday, officials said. “We saw the boat turn over,” a fisherman said.\n",
  "Harbour ferry sinks\nJune 3, 2024\n\nMore than 400 passengers were rescued on Monday, the coastguard said, and 12 people died.\n",
];
/** Every text carries its own date (undated articles among dated ones are the second property's). */
const dated = (text: string) => {
  const source = analyzeDocument("file:///x.txt", text, defaultOptions).source;
  if (source.dateFrom === "dateline" || source.dateFrom === "text") return text;
  const nl = text.indexOf("\n");
  return `${text.slice(0, nl)}\nJanuary 12, 2025\n${text.slice(nl)}`;
};
const TEXTS = [...seeds, ...invented].map(dated);
const URIS = ["a", "b", "c", "d", "e", "f"].map((n) => `file:///corpus/${n}.txt`);

type Op = { kind: "set"; uri: number; text: number } | { kind: "remove"; uri: number } | { kind: "commit" };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("set" as const), uri: fc.nat({ max: URIS.length - 1 }), text: fc.nat({ max: TEXTS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("remove" as const), uri: fc.nat({ max: URIS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.constant({ kind: "commit" as const }) },
);

/** Applies the edits to one corpus, then compares it with a fresh corpus of the final texts. */
function editedReadsAsFresh(texts: string[], ops: Op[]) {
  const edited = new Corpus();
  const final = new Map<string, string>();
  for (const o of ops) {
    if (o.kind === "set") {
      // a text the corpus already holds under another uri would be a duplicate article: make it its own
      const text = `${texts[o.text % texts.length]}\n${URIS[o.uri]}\n`;
      edited.set(URIS[o.uri], text);
      final.set(URIS[o.uri], text);
    } else if (o.kind === "remove") {
      if (final.delete(URIS[o.uri])) edited.remove(URIS[o.uri]);
    } else edited.commit();
  }
  const fresh = new Corpus();
  for (const [uri, text] of [...final].sort(([a], [b]) => (a < b ? -1 : 1))) fresh.set(uri, text);
  expect(buildReport(edited)).toEqual(buildReport(fresh));
}

it("any sequence of edits and commits ends in the report of a fresh corpus of the final texts", () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => editedReadsAsFresh(TEXTS, ops)),
    { numRuns: RUNS },
  );
}, 600_000);

/**
 * Undated articles among dated ones of several dates: the median date they are read against moves
 * back and forth as articles come and go, and each must read as in a fresh corpus (also when a
 * reading against a date met before is reused).
 */
const day = (text: string, date: string) => text.replace(/June \d+, 2024/, date);
const WANDERING = [
  day(invented[0], "June 3, 2024"),
  day(invented[1], "June 11, 2024"),
  day(invented[2], "June 19, 2024"),
  day(invented[0], "May 29, 2024"),
  day(invented[1], "June 6, 2024"),
  invented[1].replace(/June \d+, 2024\n/, ""),
  "Ferry rescue\n\nYesterday about 350 passengers were rescued, the coastguard said; on Monday a fisherman said he saw the boat tilt.\n",
  "Harbour ferry\n\nLast week the ferry carried about 400 passengers, officials said on Friday.\n",
];

it("with undated articles among dated ones, any sequence of edits ends in the report of a fresh corpus", () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => editedReadsAsFresh(WANDERING, ops)),
    { numRuns: RUNS * 4 },
  );
}, 600_000);
