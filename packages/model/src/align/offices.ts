import { isRole } from "../extract/attributions.js";
import type { QuoteClaim } from "../types.js";

/**
 * Two office holders who cannot be one person: both speakers are titles (a spokesperson for an office
 * holder counts as the office: "a spokesperson for the president" is not the foreign minister; a
 * spokesperson standing alone speaks for someone unnamed, and counts as no office), and neither title's words contain the other's ("the minister" may be
 * "the health minister"; "the chief executive" is not "the chief financial officer").
 */
export function differentOffices(a: string, b: string): boolean {
  [a, b] = [spokenFor(a), spokenFor(b)];
  if (!office(a) || !office(b)) return false;
  const words = (s: string) => new Set(s.toLowerCase().replace(/^(?:the|an?)\s+/, "").split(/[\s’']+/).filter((w) => w && w !== "s" && w !== "of" && w !== "the"));
  const [wa, wb] = [words(a), words(b)];
  const within = (x: Set<string>, y: Set<string>) => [...x].every((w) => y.has(w));
  return !within(wa, wb) && !within(wb, wa);
}
const SPOKESPERSON = /\bspokes(?:man|woman|person|people)\b|\bpress (?:officer|secretary)\b/i;
/** "a hospital director" holds an office; "a witness", "a nurse" or "an official" is anyone. */
const ANYONE = /^an?\s+(?:[\p{L}\-]+\s+){0,2}?(?:residents?|witness(?:es)?|nurses?|doctors?|officials?|officers?|sources?|forecasters?|meteorologists?|economists?|scientists?|inspectors?|engineers?)$/iu;
export const office = (speaker: string): boolean => !SPOKESPERSON.test(speaker) && !ANYONE.test(speaker) && isRole(speaker.replace(/^an?\s+/i, ""));

/**
 * A quote credited by its own sentence to an office holder ("the presiding judge said"), not through a
 * pronoun ("she said" may be any of the offices named before it) and not to a body or a spokesperson.
 */
export function creditedToOffice(q: QuoteClaim): boolean {
  const a = q.attribution;
  return !!a?.entity && !a.entity.startsWith("person:") && !PRONOUN.test(a.span.text) && office(spokenFor(a.speaker));
}

const SPOKES_FOR = /^(?:(?:an?|the)\s+)?(?:[\p{L}\-]+\s+){0,2}?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?(.+)$/iu;
/**
 * Whose words a spokesperson speaks ("a spokesperson for the Telurian president" → "Telurian
 * president"): a statement read out for an office holder is credited to that office. Any other speaker
 * is returned as it is.
 */
export function spokenFor(speaker: string): string {
  return SPOKES_FOR.exec(speaker)?.[1] ?? speaker;
}
/** The speaker is someone's spokesperson. */
export const isSpokesperson = (speaker: string): boolean => SPOKES_FOR.test(speaker);
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
