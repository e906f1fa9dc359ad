import { expect, it } from "vitest";
import {
  Corpus,
  analyzeDocument,
  defaultOptions,
  type AttributionClaim,
  type Claim,
  type Conflict,
  type DateClaim,
  type DocumentAnalysis,
  type QuantityClaim,
  type QuoteClaim,
} from "../src/index.js";

export const URI = "file:///article.txt";

export function analyze(text: string, uri = URI): DocumentAnalysis {
  return analyzeDocument(uri, text, defaultOptions);
}

export const quantities = (text: string): QuantityClaim[] => analyze(text).claims.filter((c): c is QuantityClaim => c.kind === "quantity");
export const dates = (text: string): DateClaim[] => analyze(text).claims.filter((c): c is DateClaim => c.kind === "date");
export const quotes = (text: string): QuoteClaim[] => analyze(text).claims.filter((c): c is QuoteClaim => c.kind === "quote");
export const attributions = (text: string): AttributionClaim[] =>
  analyze(text).claims.filter((c): c is AttributionClaim => c.kind === "attribution");

/** Offsets of the `occurrence`-th (1-based) place where `needle` stands in `text`. */
export function locate(text: string, needle: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test data: ${JSON.stringify(needle)} #${occurrence} is not in ${JSON.stringify(text)}`);
  }
  return { start: at, end: at + needle.length };
}

/** The claims whose span overlaps the place where `needle` stands: how a reader points at a figure. */
export function claimsOver<C extends Claim>(claims: C[], text: string, needle: string, occurrence = 1): C[] {
  const { start, end } = locate(text, needle, occurrence);
  return claims.filter((c) => c.span.start < end && start < c.span.end);
}

/** The one figure over `at` in `text`; fails, listing what was found, when there is none or several. */
export function oneFigure(text: string, at: string): QuantityClaim {
  const all = quantities(text);
  const over = claimsOver(all, text, at);
  expect(over.length, `one figure over “${at}”; found: ${all.map(show).join(" | ") || "none"}`).toBe(1);
  return over[0];
}

/** A compact view of a claim for failure messages. */
export function show(c: Claim | undefined): string {
  if (!c) return "(no claim)";
  switch (c.kind) {
    case "quantity":
      return `quantity “${c.span.text}” value=${c.value} stated=${JSON.stringify(c.stated)} approx=${c.approximate} noun=${c.counted.noun} thing=${c.counted.thing} role=${c.counted.role} places=${c.counted.scope.places} partOf=${c.partOf ?? "-"} speaker=${c.attribution?.speaker ?? "-"}`;
    case "date":
      return `date “${c.span.text}” resolved=${JSON.stringify(c.resolved)} relative=${c.relative} mismatch=${JSON.stringify(c.weekdayMismatch)}`;
    case "quote":
      return `quote “${c.quote}” form=${c.form} speaker=${c.attribution?.speaker ?? "-"}`;
    case "attribution":
      return `attribution “${c.attribution.speaker}” verb=${c.attribution.verb}`;
  }
}

/** Two reports of one happening, and whether a disagreement of a kind is expected between them. */
export interface Pair {
  a: string;
  b: string;
  /** the articles' date lines; the table's default unless given */
  dates?: [string, string];
  conflict: boolean;
}

function conflictsOf(p: Pair, kind: Conflict["kind"], dates: [string, string]): Conflict[] {
  const [da, db] = p.dates ?? dates;
  const corpus = new Corpus();
  corpus.set("file:///a.txt", `Report\n${da}\n\n${p.a}\n`);
  corpus.set("file:///b.txt", `Report\n${db}\n\n${p.b}\n`);
  return corpus.conflicts().filter((c) => c.kind === kind);
}

/** One test per pair: a conflict of `kind` is found between the two reports, or none is. */
export function pairTable(kind: Conflict["kind"], cases: Pair[], dates: [string, string]) {
  for (const c of cases) {
    it(`${c.conflict ? "conflict" : "no conflict"}: “${c.a}” ~ “${c.b}”`, () => {
      const found = conflictsOf(c, kind, dates);
      expect(found.length > 0, found.map((f) => f.message).join("\n") || "(none)").toBe(c.conflict);
    });
  }
}
