import * as chrono from "chrono-node";
import type { ClockTime } from "../types.js";
import type { DateMention } from "./dates.js";

/**
 * Times of day ("9:05 am Beijing time", "01:05 GMT", "0105 GMT", "8:05 p.m. ET", "7:05am local time")
 * and the zone they are given in. A time with a known zone is a moment, compared across zones; a time
 * without one, or in "local time", is compared only as written, with other times without a zone.
 */

/** A clock time: "9:05 am", "9.05am", "9 a.m.", "20:05", "0105" before GMT or UTC. */
const CLOCK =
  /(?<![\p{L}\p{N}:.,/$£€-])(?:(\d{1,2})(?:[:.](\d\d))?\s?(a\.\s?m\.|p\.\s?m\.|a\.?m\b|p\.?m\b)|(\d{1,2})[:.](\d\d)(?![\d:.]\d)|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:hrs\s+)?(?:GMT|UTC)\b))/giu;
/** After the clock: a zone abbreviation, "<place> time", "local time". */
const ZONE_AFTER = /^\s*(?:\(\s*)?(?:(local\s+time|local)\b|((?:\p{Lu}[\p{L}]+\s+){0,1}\p{Lu}[\p{L}]+)\s+[Tt]ime\b|(\p{Lu}{2,5})\b(?![-’'.]\p{L}))/u;
/**
 * "Beijing time", "Tokyo time": places whose clocks do not change with the seasons, in minutes east of
 * UTC. Zones that change (a European capital's, an American city's) are left to their abbreviations,
 * whose offset chrono gives for the day.
 */
const PLACE_TIME: Record<string, number> = {
  beijing: 480, china: 480, "hong kong": 480, taipei: 480, taiwan: 480, singapore: 480, manila: 480, philippine: 480, "kuala lumpur": 480, malaysia: 480,
  tokyo: 540, japan: 540, seoul: 540, korea: 540, pyongyang: 540,
  jakarta: 420, bangkok: 420, thailand: 420, hanoi: 420, vietnam: 420,
  india: 330, indian: 330, delhi: 330, "new delhi": 330, dhaka: 360, bangladesh: 360, kathmandu: 345, nepal: 345, karachi: 300, pakistan: 300, islamabad: 300,
  moscow: 180, istanbul: 180, turkey: 180, ankara: 180, riyadh: 180, saudi: 180, baghdad: 180, tehran: 210, iran: 210, kabul: 270, dubai: 240, "abu dhabi": 240, gulf: 240,
  nairobi: 180, "east africa": 180, lagos: 60, "west africa": 60, johannesburg: 120, "south africa": 120,
  greenwich: 0, "greenwich mean": 0, universal: 0, "coordinated universal": 0,
};
const US_ZONE: Record<string, string> = { eastern: "ET", pacific: "PT", central: "CT", mountain: "MT" };
/** Abbreviations of zones chrono does not know. */
const ABBREVIATION: Record<string, number> = { BJT: 480, CCT: 480 };
/**
 * Abbreviations read as more than one zone: CST is China's and the American Central, AST Arabia's and the
 * Atlantic. They stay unread (no zone, never compared with a zoned time).
 */
const AMBIGUOUS = new Set(["CST", "AST", "BST", "IDT", "CDT"]);
/**
 * Writers put "EST" in July for the Eastern clock as it is then: the standard and daylight names of the
 * American zones are read as the zone, whose offset the day decides.
 */
const SEASONLESS: Record<string, string> = { EST: "ET", EDT: "ET", PST: "PT", PDT: "PT", MST: "MT", MDT: "MT" };
/** Words before a time that make it a bound, not the moment: "by 11 a.m.", "until 9 p.m.", "from 8 a.m.". */
const BOUND_BEFORE = /\b(?:by|until|till|before|after|from|since|between|to|and|or|through)\s+(?:about\s+|around\s+)?$/i;
/** Words that loosen a time: "about 9 a.m.", "shortly after 9 a.m.", "just before 01:00 GMT". */
const LOOSE_BEFORE = /\b(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|circa|shortly\s+(?:after|before)|just\s+(?:after|before)|soon\s+after|a\s+little\s+(?:after|before)|sometime\s+(?:after|before))\s+(?:at\s+)?$/i;
/** After a time that opens a line: a dash or a colon makes it a live page's stamp. */
const STAMP_AFTER = /^\s*(?:\p{Lu}{2,5}\s*)?(?:[-–—:|]|\n)/u;
/** A time of a span ("9 a.m. to 5 p.m.", "between 9 and 11 a.m."): no moment. */
const SPAN_AFTER = /^\s*(?:-|–|to|and|until|till)\s*\d/i;

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  clock: Omit<ClockTime, "utc" | "instant">;
}

/**
 * The moments of day of one sentence. `ref` (the article's date) decides the offset of a zone that
 * changes with the seasons; without it such a zone is left unread.
 */
export function extractTimesOfDay(sentence: string, ref: Date | undefined): TimeMention[] {
  if (!/\d/.test(sentence)) return [];
  const out: TimeMention[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    const start = m.index!;
    let end = start + m[0].length;
    const hour12 = m[1] !== undefined;
    let hour = Number(m[1] ?? m[4] ?? m[6]);
    const minute = Number(m[2] ?? m[5] ?? m[7] ?? 0);
    if (minute > 59 || hour > 23 || (hour12 && (hour === 0 || hour > 12))) continue;
    if (hour12) hour = (hour % 12) + (/^p/i.test(m[3]) ? 12 : 0);
    const before = sentence.slice(Math.max(0, start - 30), start);
    if (BOUND_BEFORE.test(before) || SPAN_AFTER.test(sentence.slice(end, end + 6))) continue;
    // "03:10 - Landfall", "15:20 GMT: power restored": a live page's stamp is when it was posted
    if (/^\s*$/.test(sentence.slice(0, start)) && STAMP_AFTER.test(sentence.slice(end, end + 12))) continue;
    // "8.30" is a figure unless a zone or a 24-hour form makes it a time; "9:05" on a 12-hour clock with
    // no zone and no a.m. or p.m. could be either half of the day
    const zone = ZONE_AFTER.exec(sentence.slice(end, end + 40));
    const base = { local: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`, approximate: LOOSE_BEFORE.test(before), hourOnly: m[2] === undefined && m[5] === undefined && m[7] === undefined };
    let clock: TimeMention["clock"] | undefined;
    const place = zone?.[2]?.toLowerCase();
    const named = zone?.[0].replace(/^\s*\(?\s*/, "");
    if (zone?.[1]) clock = { ...base, zone: "local time" };
    else if (place && PLACE_TIME[place] !== undefined) clock = { ...base, zone: named, offset: PLACE_TIME[place] };
    else if (place && US_ZONE[place]) {
      // "Eastern time", "Pacific time": the American zones, with the day's offset
      const offset = zoneOffset(US_ZONE[place], ref);
      clock = offset === null ? { ...base, zone: US_ZONE[place] } : { ...base, zone: US_ZONE[place], offset };
    }
    // "10 am UK time", "9:05 Kessel time": a zone named that is not read; such a time meets no other
    else if (place) clock = { ...base, zone: named };
    else if (zone?.[3]) {
      const offset = zoneOffset(zone[3], ref);
      if (offset !== null) clock = { ...base, zone: SEASONLESS[zone[3]] ?? zone[3], offset };
      // a zone named but not read ("CST", or "ET" with no day to say which offset): it meets nothing
      else if (AMBIGUOUS.has(zone[3]) || SEASONLESS[zone[3]] || chrono.parse(`9:05 ${zone[3]}`, WINTER)[0]?.start.isCertain("timezoneOffset")) clock = { ...base, zone: zone[3] };
    }
    if (clock?.zone) {
      end += zone![0].length;
      // "9:05 a.m. (Beijing Time)": the bracket closes with the zone
      if (zone![0].includes("(") && sentence[end] === ")") end++;
    }
    else {
      // no zone: a time on a 24-hour clock ("07:05", "20:05") or with a.m. or p.m.; "8.30" is a figure
      if (m[6] !== undefined) continue;
      if (!hour12 && !(/^0\d/.test(m[4] ?? "") || hour >= 13)) continue;
      if (m[4] !== undefined && sentence[start + m[4].length] === ".") continue;
      clock = base;
    }
    const text = sentence.slice(start, end).replace(/[\s(]+$/, "");
    out.push({ start, end: start + text.length, text, clock });
  }
  return out;
}

/** Minutes east of UTC of a zone abbreviation, as chrono reads it on the article's day; null when unknown. */
function zoneOffset(abbreviation: string, ref: Date | undefined): number | null {
  const key = `${abbreviation}|${ref?.getTime() ?? ""}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 2000) offsets.clear();
    offsets.set(key, (offset = readOffset(abbreviation, ref)));
  }
  return offset;
}
/** chrono's readings, remembered: the same few zones and days recur in every report of an event. */
const offsets = new Map<string, number | null>();
function readOffset(abbreviation: string, ref: Date | undefined): number | null {
  if (AMBIGUOUS.has(abbreviation)) return null;
  if (ABBREVIATION[abbreviation] !== undefined) return ABBREVIATION[abbreviation];
  const zone = SEASONLESS[abbreviation] ?? abbreviation;
  const read = (day: Date) => chrono.parse(`9:05 ${zone}`, day)[0]?.start;
  const at = read(ref ?? WINTER);
  if (!at?.isCertain("timezoneOffset")) return null;
  // a zone whose clock moves with the seasons needs the day
  if (!ref && read(SUMMER)?.get("timezoneOffset") !== at.get("timezoneOffset")) return null;
  return at.get("timezoneOffset") ?? null;
}
const WINTER = new Date(Date.UTC(2001, 0, 15));
const SUMMER = new Date(Date.UTC(2001, 6, 15));

/** A time and a day next to each other ("8:05 p.m. ET Monday", "01:05 GMT on Tuesday", "Tuesday at 9:05 a.m."): one moment. */
const JOINED = /^\s*(?:,\s*)?(?:on\s+|at\s+)?$/i;

/**
 * The sentence's dates with its times of day: a time next to a day (or inside it, as chrono reads
 * "3 p.m. local time on Monday") joins it, and a time alone is a mention of its own, with no day.
 */
export function withTimesOfDay(sentence: string, dates: DateMention[], ref: Date | undefined): DateMention[] {
  const times = extractTimesOfDay(sentence, ref);
  if (!times.length) return dates;
  const out = [...dates];
  for (const t of times) {
    const i = out.findIndex(
      (d) =>
        !d.clock &&
        d.resolved?.granularity === "day" &&
        ((d.start < t.end && t.start < d.end) || (d.start >= t.end && JOINED.test(sentence.slice(t.end, d.start))) || (t.start >= d.end && JOINED.test(sentence.slice(d.end, t.start)))),
    );
    if (i >= 0) {
      const d = out[i];
      const [start, end] = [Math.min(d.start, t.start), Math.max(d.end, t.end)];
      out[i] = { ...d, start, end, text: sentence.slice(start, end), time: t.clock.local, clock: t.clock };
    } else if (out.every((d) => d.end <= t.start || t.end <= d.start)) {
      out.push({ start: t.start, end: t.end, text: t.text, relative: false, time: t.clock.local, clock: t.clock });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Minutes of the day of "HH:MM". */
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

/** The clock of a claim with its time in UTC and, when its day is known, its moment. */
export function settle(clock: TimeMention["clock"], day: string | undefined): ClockTime {
  if (clock.offset === undefined) return { ...clock };
  const utc = hhmm(minutesOf(clock.local) - clock.offset);
  if (!day) return { ...clock, utc };
  const instant = new Date(Date.parse(`${day}T${clock.local}:00Z`) - clock.offset * 60000).toISOString().slice(0, 16) + "Z";
  return { ...clock, utc, instant };
}

/** Minutes a time may be off: a minute given is a few minutes, an hour half an hour, "about" half an hour more. */
const slack = (c: ClockTime) => (c.hourOnly ? 30 : 5) + (c.approximate ? 30 : 0);

/**
 * How two times of one happening compare: `undefined` when they cannot be compared (one has a known
 * zone and the other none, or both have days more than half a day apart: a question for their days),
 * else the minutes between them and whether they are too far apart to be one moment.
 */
export function clockGap(a: ClockTime, b: ClockTime): { minutes: number; apart: boolean } | undefined {
  // a time in UTC when its zone is known; else its zone as written: "local time", none, or a zone
  // read two ways ("CST"), which meets nothing. A live page's bare "03:10" may be the newsroom's clock,
  // so a time with no zone does not meet "local time" either.
  const zone = (c: ClockTime) => (c.offset !== undefined ? "utc" : c.zone === undefined || c.zone === "local time" ? (c.zone ?? "") : undefined);
  if (zone(a) === undefined || zone(a) !== zone(b)) return undefined;
  let minutes: number;
  if (a.instant && b.instant) {
    minutes = Math.abs(Date.parse(a.instant) - Date.parse(b.instant)) / 60000;
    if (minutes > 720) return undefined;
  } else {
    const d = Math.abs(minutesOf(a.utc ?? a.local) - minutesOf(b.utc ?? b.local));
    minutes = Math.min(d, 1440 - d);
  }
  const allowed = slack(a) + slack(b);
  // two times with no zone a whole number of hours apart may be one moment read in two zones
  // (a report from abroad gives its own clock): silence
  if (zone(a) === "" && Math.min(minutes % 60, 60 - (minutes % 60)) <= allowed) return { minutes, apart: false };
  return { minutes, apart: minutes > allowed };
}
