import type { Claim, QuantityClaim } from "../types.js";
import { eventFamily } from "../extract/eventWords.js";

/**
 * Blocking keys: two claims are compared only when they share a key, so that alignment grows with
 * the number of candidate pairs, not with the square of all claims. A key names the kind of thing and
 * one specific signal (a place, a proper modifier, a month, a speaker), because two figures with no
 * specific signal in common are never taken to be about the same thing.
 */
export function blockKeys(c: Claim): string[] {
  switch (c.kind) {
    case "quantity":
      return quantityKeys(c);
    case "date": {
      if (!c.resolved || c.event.length < 2) return [];
      const [cls, ...participants] = c.event;
      return [...new Set(participants)].map((p) => `d|${eventFamily(cls)}|${p}`);
    }
    case "quote":
      return c.attribution?.entity ? [`qt|${speakerBlock(c.attribution.entity)}`] : [];
    case "attribution":
      return [];
  }
}

export function quantityThing(c: QuantityClaim): string {
  return `${c.counted.thing}|${c.unit ? "u" : ""}`;
}

function quantityKeys(c: QuantityClaim): string[] {
  if (c.partOf) return [];
  const base = `q|${quantityThing(c)}|${roleFamily(c.counted.role)}`;
  const signals = [
    ...c.counted.proper.map((p) => `m:${p}`),
    ...c.counted.scope.places.map((p) => `p:${p}`),
    ...c.counted.scope.times.map((t) => `t:${t}`),
    ...c.counted.scope.around.map((p) => `p:${p}`),
  ];
  return [...new Set(signals)].map((s) => `${base}|${s}`);
}

/** A bare count and a count of those present are the same measure; other roles are their own. */
export function roleFamily(role: string): string {
  return role === "unspecified" ? "present" : role;
}

/** People are blocked by surname so that "Zelensky" and "Volodymyr Zelenskyy" meet. */
export function speakerBlock(entity: string): string {
  if (!entity.startsWith("person:")) return entity;
  const words = entity.slice(7).split(" ");
  return `person:${words[words.length - 1]}`;
}
