import type { DateClaim, Interval, QuantityClaim } from "../types.js";
import { UNITS } from "../extract/lexicon.js";

const nf = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** Numbers formatted so far: `Intl.NumberFormat` is slow, and the same figures recur in every message. */
const formatted = new Map<number, string>();

export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return "∞";
  // -0 is its own text ("-0") but one Map key with 0
  if (Object.is(v, -0)) return nf.format(v);
  let s = formatted.get(v);
  if (s === undefined) {
    if (formatted.size > 10000) formatted.clear();
    formatted.set(v, (s = nf.format(v)));
  }
  return s;
}

/** "~11,000", ">1,000", "≥1,000", "≤500", "18,000–20,000", "11,000". */
export function formatQuantity(q: Pick<QuantityClaim, "stated" | "approximate" | "value">, factor = 1, offset = 0): string {
  const st = q.stated;
  // back to the unit written: base = (value + offset) × factor
  const s = { ...st, low: st.low / factor - offset, high: st.high / factor - offset };
  if (s.high === Infinity) return `${s.lowOpen ? ">" : "≥"}${formatNumber(s.low)}`;
  if (s.low === 0 && q.value !== 0 && s.high !== s.low) return `${s.highOpen ? "<" : "≤"}${formatNumber(s.high)}`;
  if (s.low !== s.high) return `${q.approximate ? "~" : ""}${formatNumber(s.low)}–${formatNumber(s.high)}`;
  return `${q.approximate ? "~" : ""}${formatNumber(q.value)}`;
}

export function formatInterval(i: Interval): string {
  if (i.high === Infinity) return `${i.lowOpen ? "(" : "["}${formatNumber(i.low)}, ∞)`;
  return `${i.lowOpen ? "(" : "["}${formatNumber(i.low)}, ${formatNumber(i.high)}${i.highOpen ? ")" : "]"}`;
}

export function formatDate(d: Pick<DateClaim, "resolved" | "span" | "clock">): string {
  // a time of day: in UTC when its zone is known ("2026-03-03 01:05 UTC"), else as written
  if (d.clock) {
    const day = d.clock.instant ? d.clock.instant.slice(0, 10) : d.resolved?.granularity === "day" ? d.resolved.start : undefined;
    return `${day ? `${day} ` : ""}${d.clock.utc ? `${d.clock.utc} UTC` : `${d.clock.local}${d.clock.zone ? ` ${d.clock.zone}` : ""}`}`;
  }
  if (!d.resolved) return d.span.text;
  const { start, end, granularity } = d.resolved;
  if (granularity === "day") return start;
  if (granularity === "month") return start.slice(0, 7);
  if (granularity === "year" && start.endsWith("-01-01") && end.endsWith("-12-31")) return start.slice(0, 4);
  return `${start}..${end}`;
}

/** Short names of the units a conversion is written in: "386 km", not "386 kilometres". */
const SHORT_UNIT: [RegExp, string][] = [
  [/^(?:km|kilomet(?:re|er)s?)$/, "km"],
  [/^(?:m|met(?:re|er)s?)$/, "m"],
  [/^(?:mi|miles?)$/, "miles"],
  [/^(?:ft|foot|feet)$/, "ft"],
  [/^(?:nautical miles?|nmi)$/, "nautical miles"],
  [/^(?:square kilomet(?:re|er)s?|sq km|km2)$/, "km²"],
  [/^(?:square miles?|sq miles?)$/, "square miles"],
  [/^(?:square met(?:re|er)s?|sq m|m2)$/, "m²"],
  [/^(?:square f(?:oo|ee)t|sq ft)$/, "sq ft"],
  [/^hectares?$/, "hectares"],
  [/^acres?$/, "acres"],
  [/^(?:km\/h|kph|kilomet(?:re|er)s (?:per|an) hour)$/, "km/h"],
  [/^(?:mph|miles (?:per|an) hour)$/, "mph"],
];
export const shortUnit = (u: string) => SHORT_UNIT.find(([re]) => re.test(u))?.[1] ?? u;
export const METRIC = new Set(["km", "m", "km²", "m²", "hectares", "km/h", "°C", "kg", "tonnes", "cm", "mm"]);


/**
 * The intervals of two measures written in different units, in the one a person reads them in (the
 * metric one of the two): "[378.2, 394.29] km" rather than metres. Undefined when they do not convert.
 */
export function intervalsInOneUnit(a: QuantityClaim, b: QuantityClaim): [string, string] | undefined {
  if (!a.unit || !b.unit || shortUnit(a.unit) === shortUnit(b.unit)) return undefined;
  const [ua, ub] = [UNITS.get(a.unit.toLowerCase()), UNITS.get(b.unit.toLowerCase())];
  if (!ua || !ub || ua[0] !== ub[0]) return undefined;
  const [unit, to] = METRIC.has(shortUnit(b.unit)) && !METRIC.has(shortUnit(a.unit)) ? [b.unit, ub] : [a.unit, ua];
  const inUnit = (i: Interval) => formatInterval({ ...i, low: round3(i.low / to[1] - (to[2] ?? 0)), high: round3(i.high / to[1] - (to[2] ?? 0)) }) + ` ${shortUnit(unit)}`;
  return [inUnit(a.interval), inUnit(b.interval)];
}
const round3 = (v: number) => {
  if (!Number.isFinite(v) || v === 0) return v;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(v))));
  return Math.round(v * 10 ** digits) / 10 ** digits;
};
