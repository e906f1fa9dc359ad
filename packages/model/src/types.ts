/**
 * The data model shared by every face of Corroborate. Plain data only (JSON-serialisable), so the
 * CLI, the language server and the GraphQL server can hand it on without conversion.
 */

/** A position as the Language Server Protocol counts it: 0-based line, UTF-16 code units. */
export interface Position {
  line: number;
  character: number;
}

/** A piece of one document: UTF-16 offsets into the text as given, the LSP range, and the text. */
export interface Span {
  start: number;
  end: number;
  range: { start: Position; end: Position };
  text: string;
}

/** A closed or half-open interval of values; `Infinity` bounds are open-ended. */
export interface Interval {
  low: number;
  high: number;
  /** true when the bound itself is excluded ("more than 1,000" excludes 1,000). */
  lowOpen?: boolean;
  highOpen?: boolean;
}

export type ClaimKind = "quantity" | "date" | "quote" | "attribution";

/** Who a statement or figure is credited to, and how firmly. */
export interface Attribution {
  /** Canonical name of the speaker as written ("the fire service", "Paris", "Western assessments"). */
  speaker: string;
  /** Entity id of the speaker, when it names a person, organisation or place. */
  entity?: string;
  span: Span;
  /** The reporting verb or phrase ("estimated", "according to", "wrote"). */
  verb: string;
  /** "reportedly", "claimed", "allegedly": the reporter keeps a distance from the statement. */
  hedge?: string;
  /**
   * The body whose office the speaker holds, keyed like a body speaking ("the chief forecaster of the
   * meteorological service" → "meteorological servic"): a quote of the officer meets the body's own.
   */
  body?: string;
}

interface ClaimBase {
  /** Stable within a document version: `${uri}#${kind}@${start}`. */
  id: string;
  kind: ClaimKind;
  uri: string;
  span: Span;
  /** The sentence the claim stands in. */
  sentence: { start: number; end: number; text: string };
  attribution?: Attribution;
  /** A hedge word in the sentence itself ("reportedly"), attributed or not. */
  hedge?: string;
}

/** What a figure counts, in general terms that another article can be matched against. */
export interface Counted {
  /** The head noun as written, lower case ("soldiers", "km", "people"). */
  noun: string;
  /** The class the noun belongs to: synonyms share it ("soldiers", "troops", "personnel" → "military"). */
  thing: string;
  /** Words that narrow the noun ("north", "korean"), lower case, without stop words. */
  modifiers: string[];
  /** Capitalised modifiers ("south", "african" of "South African"): the strongest sign of the same things. */
  proper: string[];
  /** Merge key of the name that did what is counted ("socialists" in "the Socialists took 122 seats"). */
  owner?: string;
  /** What happened to the counted things: "present", "casualty", "killed", "captured", "missing"... */
  role: string;
  /**
   * Whose count it is ("police", "organiser"; "" for the reporter's own), set only when the article
   * gives two sides' different counts of one thing: such a figure meets only the same side's elsewhere.
   */
  side?: string;
  /**
   * Places whose own count of the same things the article gives beside this one, a larger figure
   * named with no place ("at least three deaths … two of them in Wheeler County"): this figure is a
   * total over them, and never meets a count of one of them.
   */
  besides?: string[];
  /**
   * A count lost in a place, larger than the placeless net loss its article also gives ("lost
   * 200,000 subscribers … 700,000 in Osmaria"): a part, compared only with counts that name a place.
   */
  placedPart?: boolean;
  /**
   * One row of a breakdown: the sentence counts the same things two or more times, each with its own
   * modifier ("13,696 single residences, 276 multiple residences"). Such a figure is a kind's count,
   * not the whole's, and meets only a figure that shares one of its modifiers.
   */
  breakdown?: boolean;
  /**
   * Places and times that bound the count in its own sentence ("lagos", "2024-12"; a time only from
   * the figure's own clause, not from a side clause about something else), and the places the whole
   * article is about (`around`), a weaker sign used when the sentence names none. `period`: the year
   * of the accounts a results statement reports ("for the year ended 31 December 2025"), on a sum or
   * change it states bare; such a figure meets figures of that year and figures of none.
   */
  scope: { places: string[]; times: string[]; around: string[]; period?: string };
}

export interface QuantityClaim extends ClaimBase {
  kind: "quantity";
  /** The number as stated (the middle of a range). */
  value: number;
  /** The interval the wording allows, after the qualifier and the tolerance for approximate figures. */
  interval: Interval;
  /** The values as written, before tolerance ("over 10,000" → low 10,000 open). */
  stated: Interval;
  qualifier?: string;
  approximate: boolean;
  unit?: string;
  counted: Counted;
  /** Id of the claim this one is a part of ("including 500 officers" → the 12,000). */
  partOf?: string;
  /** The whole the sentence counts this figure out of ("14 of the 22 seats" → 22): a bound on what it counts. */
  of?: number;
  /** Worded as the new value of a running count ("the toll has risen to 268"): a later report's update. */
  update?: boolean;
  /** Short human form: "~11,000", ">1,000", "18,000–20,000". */
  display: string;
}

export type DateGranularity = "day" | "week" | "month" | "season" | "year" | "decade";

/** A time of day and its zone ("9:05 am Beijing time", "01:05 GMT", "7:05am local time"). */
export interface ClockTime {
  /** The time as written, on a 24-hour clock: "20:05". */
  local: string;
  /** The zone as written ("GMT", "ET", "Beijing time", "local time"); absent when none is given. */
  zone?: string;
  /** Minutes east of UTC when the zone is known (for "ET", on the article's day); absent for "local time" and zones read two ways. */
  offset?: number;
  /** The time in UTC ("01:05"), when the offset is known. */
  utc?: string;
  /** The moment ("2026-03-03T01:05Z"), when the day is known too. */
  instant?: string;
  /** "about 9 a.m.", "shortly after 9": a looser time. */
  approximate: boolean;
  /** "9 a.m.": given to the hour. */
  hourOnly: boolean;
  /** The article gives another time for the same kind of happening: it tells of several, and its times meet no other. */
  several?: boolean;
}

export interface DateClaim extends ClaimBase {
  kind: "date";
  /** Resolved interval as ISO dates (inclusive); absent when the date cannot be placed. */
  resolved?: { start: string; end: string; granularity: DateGranularity };
  /** The date depends on the article's own date ("Thursday", "last August"). */
  relative: boolean;
  /** How sure the resolution is: 1 for explicit dates, lower when the article's date was inferred. */
  confidence: number;
  time?: string;
  /** A time of day with its zone, when the claim gives one: compared as a moment across zones. */
  clock?: ClockTime;
  /** What happened on that date, as verb and noun lemmas of the clause ("capture", "announce"). */
  event: string[];
  /** A weekday that contradicts its own date ("Wednesday, June 12" in a year where it is a Thursday). */
  weekdayMismatch?: { stated: string; actual: string };
  display: string;
}

export type QuoteForm = "direct" | "partial" | "block";

export interface QuoteClaim extends ClaimBase {
  kind: "quote";
  /** The words quoted, without the marks. */
  quote: string;
  form: QuoteForm;
  /** Lower-case word tokens of the quote, for comparison. */
  words: string[];
  /**
   * What the article is about: the places it keeps naming, or the firm or body when it names none.
   * "Police" or "the ministry" in articles about two towns are two speakers, so an institution's
   * words are compared only across articles about the same thing.
   */
  around: string[];
}

export interface AttributionClaim extends ClaimBase {
  kind: "attribution";
  attribution: Attribution;
  /** Ids of the quantity, date and quote claims this attribution covers. */
  covers: string[];
}

export type Claim = QuantityClaim | DateClaim | QuoteClaim | AttributionClaim;

export type EntityType = "person" | "organisation" | "place" | "other";

export interface Entity {
  /** The merge key: spelling variants, acronyms and short forms share it. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Where it is mentioned: uri → spans. */
  mentions: { uri: string; span: Span }[];
}

export type DateSourceKind = "dateline" | "text" | "corpus" | "none";

export interface Source {
  uri: string;
  title?: string;
  publisher?: string;
  authors: string[];
  /** Publication date (ISO), and how it was found. */
  date?: string;
  dateFrom: DateSourceKind;
  dateConfidence: number;
  /** Outlets the article cites ("According to the Washington Post"). */
  cites: string[];
  /** Page furniture: comment forms, related links, copyright lines. No claims come from here. */
  boilerplate: { start: number; end: number; label: string }[];
  /** Findings about the article itself (a weekday that contradicts its date). */
  lineCount: number;
  length: number;
}

export type RelationKind =
  | "agrees"
  | "compatible"
  | "conflicts"
  | "attribution-differs"
  | "quote-reworded"
  | "dates-inconsistent";

export interface WordDiffPart {
  op: "same" | "removed" | "added";
  text: string;
}

/** Two claims from different articles about the same thing, and how they stand to each other. */
export interface Relation {
  id: string;
  kind: RelationKind;
  a: string;
  b: string;
  /** One sentence a person can check against the two articles. */
  explanation: string;
  /** Word-level diff from a to b, for quotes. */
  diff?: WordDiffPart[];
}

export type ConflictKind = "quantity" | "date" | "attribution" | "quote" | "other";

/** A group of claims about one subject with at least one pair that cannot both be true. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  /** What is measured or said ("number of people evacuated in Lagos"). */
  subject: string;
  message: string;
  severity: "warning" | "information";
  claims: Claim[];
  /** Index pairs into `claims`. */
  disagreements: [number, number][];
  relations: Relation[];
}

/** A happening that several articles report, with the sub-events they mention. */
export interface CorpusEvent {
  id: string;
  title: string;
  sources: string[];
  /** Entities most of its sources mention. */
  participants: string[];
  places: string[];
  date?: string;
  subEvents: SubEvent[];
}

export interface SubEvent {
  id: string;
  /** The event noun or verb lemma ("capture", "strike", "offensive"). */
  what: string;
  date?: string;
  places: string[];
  sources: string[];
  claims: string[];
}

/** Settings of the analysis. */
export interface AnalysisOptions {
  /**
   * Relative tolerance given to approximate figures ("about 11,000" → 11,000 ± tolerance × 11,000).
   * Two approximate figures conflict only when their tolerance bands do not overlap.
   */
  tolerance: number;
  /** Smallest similarity (shared content words over the shorter quote) for two quotes to be the same statement. */
  quoteSimilarity: number;
  /** Report quote rewordings and attribution differences, not only contradictions. */
  reportRewording: boolean;
}

export const defaultOptions: AnalysisOptions = {
  tolerance: 0.04,
  quoteSimilarity: 0.5,
  reportRewording: true,
};
