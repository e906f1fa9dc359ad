import type { Claim, Corpus } from "@proj/model";
import type { Location } from "vscode-languageserver";

/**
 * The claim at the offset (the innermost one) and every claim the engine relates to it, in any
 * file: agreeing, compatible or conflicting. An attribution has no relations of its own: its
 * references are the attributions that credit the statements it covers to someone else.
 */
export function claimReferences(corpus: Corpus, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const claim = corpus.claimsAt(uri, offset)[0];
  if (!claim) return [];
  const related = new Map<string, Claim>();
  if (claim.kind === "attribution") {
    for (const id of claim.covers) {
      for (const r of corpus.relationsOf(id)) {
        if (r.kind !== "attribution-differs") continue;
        const other = corpus.claim(r.a === id ? r.b : r.a);
        const credit = other?.attribution && corpus.claim(`${other.uri}#attribution@${other.attribution.span.start}`);
        const shown = credit || other;
        if (shown) related.set(shown.id, shown);
      }
    }
  } else {
    for (const r of corpus.relationsOf(claim.id)) {
      const other = corpus.claim(r.a === claim.id ? r.b : r.a);
      if (other) related.set(other.id, other);
    }
  }
  related.delete(claim.id);
  const others = [...related.values()].sort((a, b) => a.uri.localeCompare(b.uri) || a.span.start - b.span.start);
  return [...(includeDeclaration ? [claim] : []), ...others].map((c) => ({ uri: c.uri, range: c.span.range }));
}
