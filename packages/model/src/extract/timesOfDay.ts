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
 * "Tokyo time", "Beijing time": the offset, in minutes east of UTC, of a place whose clocks do not change
 * with the seasons. Cities come from the IANA zone database built into the runtime (`Intl`), kept when
 * their January and July offsets agree; zones that change (a European capital's, an American city's)
 * are left to their abbreviations, whose offset chrono gives for the day. Names that are no city of the
 * database (a country, a people, another name of a city) point to the zone that keeps their clocks.
 */
const ZONE_OF_NAME: Record<string, string> = {
  beijing: "Asia/Shanghai", china: "Asia/Shanghai", taiwan: "Asia/Taipei", philippine: "Asia/Manila", malaysia: "Asia/Kuala_Lumpur",
  japan: "Asia/Tokyo", thailand: "Asia/Bangkok", hanoi: "Asia/Bangkok", vietnam: "Asia/Bangkok",
  india: "Asia/Kolkata", indian: "Asia/Kolkata", delhi: "Asia/Kolkata", "new delhi": "Asia/Kolkata", bangladesh: "Asia/Dhaka",
  kathmandu: "Asia/Kathmandu", nepal: "Asia/Kathmandu", pakistan: "Asia/Karachi", islamabad: "Asia/Karachi",
  turkey: "Europe/Istanbul", ankara: "Europe/Istanbul", saudi: "Asia/Riyadh", iran: "Asia/Tehran", "abu dhabi": "Asia/Dubai", gulf: "Asia/Dubai",
  "east africa": "Africa/Nairobi", "west africa": "Africa/Lagos", "south africa": "Africa/Johannesburg",
  greenwich: "UTC", "greenwich mean": "UTC", universal: "UTC", "coordinated universal": "UTC",
};
const [JANUARY, JULY] = [new Date(Date.UTC(2025, 0, 15)), new Date(Date.UTC(2025, 6, 15))];
/** A zone's offset on a day, from `Intl` ("GMT+05:45" → 345); undefined for a zone the runtime does not know. */
function intlOffset(zone: string, day: Date): number | undefined {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" }).formatToParts(day).find((p) => p.type === "timeZoneName")?.value ?? "";
    const m = /^GMT(?:([+-])(\d\d):(\d\d))?$/.exec(name);
    return m ? (m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0) : undefined;
  } catch {
    return undefined;
  }
}
/** The offset of a zone that keeps one offset all year, else undefined. */
function seasonlessOffset(zone: string): number | undefined {
  const jan = intlOffset(zone, JANUARY);
  return jan !== undefined && jan === intlOffset(zone, JULY) ? jan : undefined;
}
let placeTimes: Map<string, number> | undefined;
/** Built on the first "<place> time" read: some four hundred zones asked twice each, once per process. */
function placeTime(place: string): number | undefined {
  if (!placeTimes) {
    placeTimes = new Map();
    for (const zone of Intl.supportedValuesOf("timeZone")) {
      const offset = seasonlessOffset(zone);
      if (offset !== undefined) placeTimes.set(zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ").toLowerCase(), offset);
    }
    for (const [name, zone] of Object.entries(ZONE_OF_NAME)) {
      const offset = seasonlessOffset(zone);
      if (offset !== undefined) placeTimes.set(name, offset);
    }
  }
  return placeTimes.get(place);
}
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
    if ((BOUND_BEFORE.test(before) && !LOOSE_BEFORE.test(before)) || SPAN_AFTER.test(sentence.slice(end, end + 6))) continue;
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
    else if (place && placeTime(place) !== undefined) clock = { ...base, zone: named, offset: placeTime(place) };
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
