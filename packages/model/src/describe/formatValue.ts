import type { DateClaim, Interval, QuantityClaim } from "../types.js";

const nf = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export function formatNumber(v: number): string {
  return Number.isFinite(v) ? nf.format(v) : "∞";
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

export function formatDate(d: Pick<DateClaim, "resolved" | "span">): string {
  if (!d.resolved) return d.span.text;
  const { start, end, granularity } = d.resolved;
  if (granularity === "day") return start;
  if (granularity === "month") return start.slice(0, 7);
  if (granularity === "year" && start.endsWith("-01-01") && end.endsWith("-12-31")) return start.slice(0, 4);
  return `${start}..${end}`;
}
