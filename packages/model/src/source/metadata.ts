import { iso, parserFor, parseStretch } from "../extract/dates.js";
import { MONTHS, WEEKDAYS } from "../extract/lexicon.js";
import type { Sentence } from "../text/sentences.js";
import type { BoilerplateRange } from "./boilerplate.js";

export interface Metadata {
  title?: string;
  date?: string;
  dateFrom: "dateline" | "text" | "none";
  dateConfidence: number;
  /** Where the date line stands, so its date is not also reported as a claim. */
  datelineSpan?: [number, number];
  /** A labelled date opening one of the first lines ("date 2025-01-08 Toll rises…"): the page's, never a claim. */
  dateFields: [number, number][];
  authors: string[];
  publisher?: string;
  cites: string[];
}

const CALENDAR_WORDS = new RegExp(`\\b(?:${MONTHS}|${WEEKDAYS}|published|updated|posted|date|utc|gmt|am|pm)\\b`, "gi");
const CITING = /\b(?:according to|reported by|told|cited by|quoted by)\b/i;
const LABEL = /^\s*(?:date(?:d)?|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated|first published)\s*:?\s*/i;
/** "date 2025-01-08", "Published: 08/01/2025" at the start of a line, a headline or a byline after it. */
const LABELLED_DATE = /^\s*(?:date(?:d)?|published(?:\s+on)?|posted(?:\s+on)?|updated(?:\s+on)?|last\s+updated|first\s+published)\s*:?\s*(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)\b/i;
const BYLINE = /\b[Bb]y\s+(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})*)/u;

/**
 * Reads what a news page says about itself in its first lines and its footer: headline, date line,
 * byline, publisher (copyright holder) and the outlets it cites.
 */
export function readMetadata(text: string, sentences: Sentence[], boilerplate: BoilerplateRange[]): Metadata {
  const meta: Metadata = { dateFrom: "none", dateConfidence: 0, dateFields: [], authors: [], cites: [] };
  const lines: { text: string; start: number }[] = [];
  // a scraped page's navigation, reading time and captions stand among its first lines: skipped
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    if (m.index! > 4000) break;
    if (m[0].trim() && !boilerplate.some((b) => m.index! >= b.start && m.index! < b.end)) lines.push({ text: m[0], start: m.index! });
    if (lines.length >= 8) break;
  }
  for (const line of lines.slice(0, 6)) {
    const field = LABELLED_DATE.exec(line.text);
    if (field) meta.dateFields.push([line.start, line.start + field[0].length]);
  }
  for (const line of lines.slice(0, 6)) {
    const t = line.text.trim();
    if (t.length > 160) continue;
    // "14.03.2026 | Agency | Translated", "Europe · Published 14 March 2026 · Updated …", "2:03 PM –
    // Tuesday, January 7, 2025": a line of fields set apart by bars, dots or dashes is read field by
    // field, the first date among them being the page's (chrono reads "2:03 PM – Tuesday, …" as a span
    // that starts at an hour of no known day). A dash also opens a wire story's first sentence ("LISBON,
    // March 11, 2024 (Agency) — Rescuers pulled…"): it parts fields only when every part is short.
    const dashed = t.split(/\s+[–—-]\s+/);
    const fields = (dashed.length > 1 && dashed.every((f) => f.length <= 40) ? dashed : [t]).flatMap((f) => f.split(/\s+[|·•]\s+/));
    if (fields.length === 1 && t.length > 120) continue;
    if (fields.some((f) => readDateField(meta, f, line))) break;
  }
  if (!meta.authors.length) {
    for (const line of lines.slice(0, 6)) {
      const by = /^\s*By\s+(.{3,80})$/.exec(line.text);
      if (by) meta.authors = splitAuthors(by[1].replace(/[,|].*$/, ""));
    }
  }
  // a headline is one short line: a first paragraph of several sentences is not a title
  const titleLine = lines.slice(0, 4).find((l) => {
    const t = l.text.trim();
    const sentencesIn = (t.match(/[.!?](?:\s|$)/g) ?? []).length;
    return t.split(/\s+/).length >= 4 && t.length <= 200 && sentencesIn <= 1 && (!meta.datelineSpan || l.start !== meta.datelineSpan[0]) && !/^by\s/i.test(t);
  });
  if (titleLine) meta.title = titleLine.text.trim().replace(/^[“"]|[”"]$/g, "");

  for (const r of boilerplate) {
    const c = /(?:copyright|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?:by\s+)?([^.|]{2,60}?)(?:\.|\s*all rights|\s*\||$)/i.exec(r.label);
    if (c && c[1].trim()) meta.publisher = c[1].trim();
  }
  const seen = new Set<string>();
  for (const s of sentences) {
    if (!CITING.test(s.text)) continue;
    for (const m of s.text.matchAll(/\b(?:[Aa]ccording to|[Rr]eported by|told|[Cc]ited by|[Qq]uoted by|[Aa]s reported by|[Ff]irst reported by)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.-]*\s?){1,5})/gu)) {
      const name = m[1].trim();
      if (/\b(?:post|times|news|journal|examiner|guardian|telegraph|tribune|herald|reuters|press|associated|bbc|cnn|agence|agency|television|radio|network|broadcasting|gazette|daily|observer|independent|economist|bloomberg|axios|politico|wire|magazine|monitor|star|sun|mail|mirror)\b/i.test(name) && !seen.has(name)) {
        seen.add(name);
        meta.cites.push(name);
      }
    }
  }
  return meta;
}

/** Whether one date line (or one field of it) is a date with little else: then it is the page's date. */
function readDateField(meta: Metadata, field: string, line: { text: string; start: number }): boolean {
  const body = field.replace(LABEL, "");
  // chrono costs a fixed ~0.2 ms a call: lines with many words besides month names are headlines, not date lines
  if (!/\b(?:19|20)\d\d\b/.test(body) || body.replace(BYLINE, "").replace(CALENDAR_WORDS, "").replace(/[^\p{L}]/gu, "").length > 40) return false;
  // an ISO date needs no parser; anything else ("Thursday 2 November 2023", "14.01.2025") goes to chrono
  const isoDate = /^(?:\D{0,40}?)\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/.exec(body);
  if (isoDate && body.replace(isoDate[0], "").replace(BYLINE, "").replace(CALENDAR_WORDS, "").replace(/[^\p{L}]/gu, "").length < 25) {
    setDateline(meta, `${isoDate[1]}-${isoDate[2]}-${isoDate[3]}`, line, body);
    return true;
  }
  // date lines repeat from article to article (one outlet, one day): chrono's reading is remembered
  const parsed = parseStretch(parserFor(body), body, new Date(Date.UTC(2000, 0, 1)))[0];
  // a date line is mostly date: what is left is a byline, a label or a place
  if (parsed && parsed.start.isCertain("year") && parsed.start.isCertain("day") && body.replace(parsed.text, "").replace(BYLINE, "").replace(/[^\p{L}]/gu, "").length < 25) {
    const c = parsed.start;
    setDateline(meta, iso(new Date(Date.UTC(c.get("year")!, c.get("month")! - 1, c.get("day")!))), line, body);
    return true;
  }
  return false;
}

function setDateline(meta: Metadata, date: string, line: { text: string; start: number }, body: string) {
  meta.date = date;
  meta.dateFrom = "dateline";
  meta.dateConfidence = 1;
  meta.datelineSpan = [line.start, line.start + line.text.length];
  const by = BYLINE.exec(body);
  if (by) meta.authors = splitAuthors(by[1]);
}

function splitAuthors(s: string): string[] {
  return s.split(/\s*(?:,|\band\b|&)\s*/).map((a) => a.trim()).filter((a) => a.length > 1);
}
