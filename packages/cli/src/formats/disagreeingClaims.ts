import type { ReportConflict } from "@proj/model";

/**
 * Indices of the claims that take part in at least one disagreement, in claim order. A conflict may
 * also carry compatible claims for context ("over 10,000" beside 11,000 and 12,000); those are
 * mentioned in the messages but get no location of their own, so nobody is sent to fix them.
 */
export function disagreeingClaims(conflict: ReportConflict): number[] {
  const involved = new Set(conflict.disagreements.flat());
  return conflict.claims.map((_, i) => i).filter((i) => involved.has(i));
}
