import type { Interval } from "../types.js";

/**
 * What a qualifier does to a stated figure. "approx": a band of ± tolerance around it; "below" and
 * "above": one-sided bounds; "upTo": a ceiling. The `open` flag excludes the figure itself.
 */
export type QualifierEffect =
  | { type: "approx" }
  | { type: "above"; open: boolean }
  | { type: "below"; open: boolean; near?: boolean }
  | { type: "upTo" };

const TABLE: [string, QualifierEffect][] = [
  ["about", { type: "approx" }],
  ["around", { type: "approx" }],
  ["roughly", { type: "approx" }],
  ["some", { type: "approx" }],
  ["approximately", { type: "approx" }],
  ["approx.", { type: "approx" }],
  ["an estimated", { type: "approx" }],
  ["estimated", { type: "approx" }],
  ["an approximate", { type: "approx" }],
  ["circa", { type: "approx" }],
  ["close to", { type: "below", open: false, near: true }],
  ["nearly", { type: "below", open: true, near: true }],
  ["almost", { type: "below", open: true, near: true }],
  ["just under", { type: "below", open: true, near: true }],
  ["just below", { type: "below", open: true, near: true }],
  ["over", { type: "above", open: true }],
  ["just over", { type: "above", open: true }],
  ["more than", { type: "above", open: true }],
  ["upwards of", { type: "above", open: true }],
  ["in excess of", { type: "above", open: true }],
  ["above", { type: "above", open: true }],
  ["at least", { type: "above", open: false }],
  ["no fewer than", { type: "above", open: false }],
  ["no less than", { type: "above", open: false }],
  ["a minimum of", { type: "above", open: false }],
  ["up to", { type: "upTo" }],
  ["as many as", { type: "upTo" }],
  ["as much as", { type: "upTo" }],
  ["at most", { type: "upTo" }],
  ["no more than", { type: "upTo" }],
  ["a maximum of", { type: "upTo" }],
  ["fewer than", { type: "below", open: true }],
  ["less than", { type: "below", open: true }],
  ["under", { type: "below", open: true }],
  ["below", { type: "below", open: true }],
];

const EFFECTS = new Map(TABLE);

/** Longest qualifiers first so "just over" wins over "over". Anchored at the end: it is matched on the text before a number. */
export const QUALIFIER_BEFORE = new RegExp(
  String.raw`\b(${[...EFFECTS.keys()].sort((a, b) => b.length - a.length).map((q) => q.replace(/[.]/g, "\\.").replace(/ /g, "\\s+")).join("|")})\s+$`,
  "i",
);

/** "10,000 or more", "10,000-plus", "or so". */
export const QUALIFIER_AFTER = /^(?:\s*(?:-\s*plus\b|\+|\s+or\s+more\b|\s+or\s+so\b|\s+or\s+fewer\b|\s+or\s+less\b))/i;

export function qualifierEffect(q: string): QualifierEffect | undefined {
  return EFFECTS.get(q.toLowerCase().replace(/\s+/g, " "));
}

export function afterEffect(q: string): QualifierEffect | undefined {
  const t = q.toLowerCase().replace(/\s+/g, " ").trim();
  if (t === "+" || t.endsWith("plus") || t === "or more") return { type: "above", open: false };
  if (t === "or so") return { type: "approx" };
  if (t === "or fewer" || t === "or less") return { type: "upTo" };
  return undefined;
}

/** The interval a stated figure allows, before any tolerance. */
export function statedInterval(low: number, high: number, effect: QualifierEffect | undefined): Interval {
  if (!effect || effect.type === "approx") return { low, high };
  switch (effect.type) {
    case "above":
      return { low, high: Infinity, lowOpen: effect.open };
    case "below":
      return { low: 0, high, highOpen: effect.open };
    case "upTo":
      return { low: 0, high };
  }
}

/**
 * The interval after tolerance. Approximate figures get ± tolerance; a round figure stated bare
 * ("11,000 troops") gets half of it, since newsrooms round; "nearly N" reaches down by twice the tolerance.
 */
export function toleratedInterval(
  low: number,
  high: number,
  effect: QualifierEffect | undefined,
  tolerance: number,
  round: boolean,
): Interval {
  const stated = statedInterval(low, high, effect);
  if (effect?.type === "approx") return { low: low * (1 - tolerance), high: high * (1 + tolerance) };
  if (effect?.type === "below" && effect.near) return { low: low * (1 - 2 * tolerance), high, highOpen: effect.open };
  if (!effect && round) return { low: low * (1 - tolerance / 2), high: high * (1 + tolerance / 2) };
  return stated;
}

/** Do two intervals share at least one value? */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high === b.low && (a.highOpen || b.lowOpen)) return false;
  if (b.high === a.low && (b.highOpen || a.lowOpen)) return false;
  return true;
}

export function sameInterval(a: Interval, b: Interval): boolean {
  return a.low === b.low && a.high === b.high && !!a.lowOpen === !!b.lowOpen && !!a.highOpen === !!b.highOpen;
}
