import { MONTHS } from "../extract/lexicon.js";

/**
 * The year whose accounts a results report gives: "results for the year ended 31 December 2025",
 * "the year to December" (the last December before the report), "full-year 2025". A statement gives
 * its figures bare once it has said so; a newspaper writes "last year" or "in 2025". A report naming
 * two such years (this year's and last year's) has none: which one a bare figure is of is unsaid.
 */
const YEAR_ENDED = new RegExp(String.raw`\b(?:year|twelve\s+months|12\s+months)\s+(?:ended|ending|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(${MONTHS})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+((?:19|20)\d\d))?`, "gi");
const NAMED_YEAR = /\b(?:full[-\s]year|annual|fiscal(?:\s+year)?|financial\s+year)\s+((?:19|20)\d\d)\b/gi;
const MONTH_INDEX = new Map(MONTHS.split("|").map((m) => [m, ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(m.slice(0, 3))]));

export function reportingYear(text: string, date: string | undefined): string | undefined {
  if (!/\b(?:year|months)\b/i.test(text)) return undefined;
  const years = new Set<string>();
  for (const m of text.matchAll(YEAR_ENDED)) {
    if (m[2]) years.add(m[2]);
    else if (date) {
      // the last end of that month before the report
      const month = MONTH_INDEX.get(m[1].toLowerCase())!;
      const year = Number(date.slice(0, 4));
      years.add(String(month < Number(date.slice(5, 7)) - 1 ? year : year - 1));
    }
  }
  for (const m of text.matchAll(NAMED_YEAR)) years.add(m[1]);
  return years.size === 1 ? [...years][0] : undefined;
}
