import type { Corpus } from "./corpus.js";
import type { Claim, ConflictKind, Position } from "./types.js";
import { describeClaimIn } from "./describe/conflicts.js";

/** One claim as the report shows it: where it stands and what it says. */
export interface ReportClaim {
  path: string;
  uri: string;
  kind: Claim["kind"];
  range: { start: Position; end: Position };
  text: string;
  value: string;
  /** What the other sources say, from this claim's point of view. */
  message: string;
}

export interface ReportConflict {
  id: string;
  kind: ConflictKind;
  subject: string;
  message: string;
  severity: "warning" | "information";
  claims: ReportClaim[];
  disagreements: [number, number][];
}

export interface ReportSource {
  path: string;
  uri: string;
  title?: string;
  date?: string;
  dateFrom: string;
  publisher?: string;
  authors: string[];
  cites: string[];
}

/** The scored report of `corroborate check --format json` (see the gold format), plus context. */
export interface Report {
  conflicts: ReportConflict[];
  sources: ReportSource[];
}

export function claimValue(c: Claim): string {
  switch (c.kind) {
    case "quantity":
    case "date":
      return c.display;
    case "quote":
      return c.quote;
    case "attribution":
      return c.attribution.speaker;
  }
}

/** Builds the report of a corpus. `pathOf` maps a document uri to the path the user gave. */
export function buildReport(corpus: Corpus, opts: { pathOf?: (uri: string) => string; ignore?: Set<string> } = {}): Report {
  const pathOf = opts.pathOf ?? ((u: string) => u);
  const conflicts = corpus
    .conflicts()
    .filter((c) => !opts.ignore?.has(c.id))
    .map((c) => ({
      id: c.id,
      kind: c.kind,
      subject: c.subject,
      message: c.message,
      severity: c.severity,
      claims: c.claims.map((cl, i) => ({
        path: pathOf(cl.uri),
        uri: cl.uri,
        kind: cl.kind,
        range: cl.span.range,
        text: cl.span.text,
        value: claimValue(cl),
        message: describeClaimIn(c, i),
      })),
      disagreements: c.disagreements,
    }));
  const sources = corpus.sources().map((s) => ({
    path: pathOf(s.uri),
    uri: s.uri,
    title: s.title,
    date: s.date,
    dateFrom: s.dateFrom,
    publisher: s.publisher,
    authors: s.authors,
    cites: s.cites,
  }));
  return { conflicts, sources };
}

/** The per-claim message, for faces that hold a report conflict rather than a model conflict. */
export function describeClaim(conflict: ReportConflict, index: number): string {
  return conflict.claims[index]?.message ?? conflict.message;
}
