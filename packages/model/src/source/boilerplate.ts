/** A range of page furniture that yields no claims. */
export interface BoilerplateRange {
  start: number;
  end: number;
  label: string;
}

// Markers after which the rest of a page is comments, link lists or footers.
const TAIL = /^\s*(leave a (?:reply|comment)|related (?:articles?|sources?|posts?|stories|news|content|coverage)|most (?:recent|popular|read) (?:stories|articles|posts)|recommended(?: for you)?|read (?:more|next|also)|more from|you may also like|back to top|comments?\s*(?:\(\d+\))?|share this(?: article)?:?|about the author|sign up for|subscribe to)\s*:?\s*(?:button)?\s*$/i;
// Lines that are furniture wherever they stand.
const LINE = /^\s*(?:(?:copyright|©|\(c\))\s*(?:\d{4}|[A-Z])|all rights reserved|your email address will not be published|required fields are marked|advertisement|sponsored content|follow us on|click here|×|share on (?:facebook|twitter|x)|photo:|image:|(?:image|photo) (?:credit|caption)|tags?:)/i;

/**
 * Finds page furniture by line: a tail marker in the last part of the page starts a range that runs
 * to the end; single furniture lines anywhere are ranges of their own.
 */
export function findBoilerplate(text: string): BoilerplateRange[] {
  const out: BoilerplateRange[] = [];
  let offset = 0;
  const lines = text.split(/\r\n|\r|\n/);
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const end = offset + line.length;
    if (line.trim() && offset > text.length * 0.4 && TAIL.test(line)) {
      out.push({ start: offset, end: text.length, label: line.trim() });
      return out;
    }
    if (line.trim() && LINE.test(line)) out.push({ start: offset, end, label: line.trim().slice(0, 60) });
    offset = end + (breaks[i]?.length ?? 0);
  }
  return out;
}

export function inBoilerplate(ranges: BoilerplateRange[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}
