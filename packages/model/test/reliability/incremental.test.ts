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
/**
 * Every text carries its own date. An undated article is read against the median date of the dated
 * ones, and that median is followed only when it moves by more than 14 days (re-analysing every
 * undated article on each edit would cost more than a few days' shift is worth): there, an edited
 * corpus may keep a date a few days off a fresh one's, by design.
 */
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

it("any sequence of edits and commits ends in the report of a fresh corpus of the final texts", () => {
  fc.assert(
    fc.property(fc.array(op, { minLength: 1, maxLength: 14 }), (ops) => {
      const edited = new Corpus();
      const final = new Map<string, string>();
      for (const o of ops) {
        if (o.kind === "set") {
          // a text the corpus already holds under another uri would be a duplicate article: make it its own
          const text = `${TEXTS[o.text]}\n${URIS[o.uri]}\n`;
          edited.set(URIS[o.uri], text);
          final.set(URIS[o.uri], text);
        } else if (o.kind === "remove") {
          if (final.delete(URIS[o.uri])) edited.remove(URIS[o.uri]);
        } else edited.commit();
      }
      const fresh = new Corpus();
      for (const [uri, text] of [...final].sort(([a], [b]) => (a < b ? -1 : 1))) fresh.set(uri, text);
      expect(buildReport(edited)).toEqual(buildReport(fresh));
    }),
    { numRuns: RUNS },
  );
}, 600_000);
