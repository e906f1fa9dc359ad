/** A range of page furniture that yields no claims. */
export interface BoilerplateRange {
  start: number;
  end: number;
  label: string;
}

// Markers after which the rest of a page is comments, link lists or footers.
const TAIL = /^\s*(leave a (?:reply|comment)|related (?:articles?|sources?|posts?|stories|news|content|coverage)|most (?:recent|popular|read) (?:stories|articles|posts)|recommended(?: for you)?|read (?:more|next|also)|more from|you may also like|back to top|comments?\s*(?:\(\d+\))?|share this(?: article)?:?|about the author|sign up for|subscribe to)\s*:?\s*(?:button)?\s*$/i;
// Lines that are furniture wherever they stand: notices, captions, links to other stories ("READ
// MORE: …"), reading times and the navigation a scraped page keeps above its headline.
const LINE = /^\s*(?:(?:copyright|©|\(c\))\s*(?:\d{4}|[A-Z])|all rights reserved|your email address will not be published|required fields are marked|advertisement|sponsored content|follow us on|click here|×|share on (?:facebook|twitter|x)|photo:|image:|(?:image|photo) (?:credit|caption)|tags?:|(?:read more|read next|read also|also read|see also|watch|listen|more)\s*:\s*\S|\d+\s*-?\s*min(?:ute)?s?\s+read\s*$|skip to (?:main )?content|(?:menu|search|subscribe|sign in|log in|register|share|home|newsletter|account|close)\s*$|home\s*[>›»|/])/i;
// Headings of lists of other stories; the headlines under them are furniture too.
const LIST_HEADING = /^\s*(?:most (?:read|popular|viewed|shared|recent)|related(?: (?:articles?|stories|news|content|coverage|posts|links|topics))?|trending(?: now)?|popular(?: now)?|more on this (?:story|topic)|top stories|latest(?: news| stories)?|you may also like|recommended(?: for you)?|editor['’]?s picks)\s*:?\s*$/i;
/** A line of a list of stories: a headline, numbered or not, with no full stop at its end. */
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]\s+|[•·–-]\s+)?\S.{0,150}$/;
const PROSE_END = /[.!?]["'”’)]?\s*$/;
// Markup a scraper left in the text: HTML attributes (`data-video-slug=”…”`), JSON (`{“big”: {`), tags.
const ATTRIBUTE = /[\w-]+=\s*["“”]/g;
const MARKUP = /^\s*["“”]?\s*[\w-]+=\s*["“”]\s*$|[{[]\s*["“”][\w-]+["“”]\s*:|<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/i;
// each pattern of markup needs one of these characters: most lines are out after one quick scan
const MARKUP_CHAR = /[=<{[]/;
function isMarkup(line: string): boolean {
  if (!MARKUP_CHAR.test(line)) return false;
  return MARKUP.test(line) || (line.match(ATTRIBUTE)?.length ?? 0) >= 2;
}

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
    if (line.trim() && LIST_HEADING.test(line)) {
      // the heading and the headlines under it, to the first blank line or line of prose
      let last = i;
      let listEnd = end;
      let at = end + (breaks[i]?.length ?? 0);
      for (let j = i + 1; j < lines.length && j <= i + 12; j++) {
        const item = lines[j];
        if (!item.trim() || !LIST_ITEM.test(item) || (PROSE_END.test(item) && !/^\s*\d{1,2}[.)]\s/.test(item))) break;
        last = j;
        listEnd = at + item.length;
        at = listEnd + (breaks[j]?.length ?? 0);
      }
      out.push({ start: offset, end: listEnd, label: line.trim().slice(0, 60) });
      for (; i < last; i++) offset += lines[i].length + (breaks[i]?.length ?? 0);
      offset += lines[i].length + (breaks[i]?.length ?? 0);
      continue;
    }
    if (line.trim() && (LINE.test(line) || isMarkup(line))) out.push({ start: offset, end, label: line.trim().slice(0, 60) });
    offset = end + (breaks[i]?.length ?? 0);
  }
  return out;
}

export function inBoilerplate(ranges: BoilerplateRange[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}
