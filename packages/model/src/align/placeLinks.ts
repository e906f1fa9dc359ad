import type { DocumentAnalysis } from "../analyzeDocument.js";

/**
 * The places the corpus's articles say are one inside the other, counted per pair as documents come
 * and go. Two places are linked when some article links them and no article gives each its own
 * figure of one kind ("40 killed across Talmora", "12 in Orvin": a whole and its part). A figure for
 * one of two linked places is then not kept apart from a figure for the other (`sameQuantity`).
 * `changed` gives the places whose links came or went since it was last asked, so that the corpus
 * relates their figures again.
 */
export class PlaceLinks {
  private readonly links = new Map<string, number>();
  private readonly apart = new Map<string, number>();
  /** Directed links, "inner>outer", counted like the links. */
  private readonly within = new Map<string, number>();
  /** The places some article links each place with (apart or not). */
  private readonly adjacent = new Map<string, Set<string>>();
  /** Whether each pair touched since the last `changed` was linked then. */
  private readonly before = new Map<string, boolean>();

  readonly linked = (x: string, y: string): boolean => {
    if (x === y) return false;
    const k = x < y ? `${x}|${y}` : `${y}|${x}`;
    return !!this.links.get(k) && !this.apart.get(k);
  };

  /** Whether some article puts `inner` inside `outer` ("Orvin, a town in eastern Talmora"). */
  inside(inner: string, outer: string): boolean {
    return !!this.within.get(`${inner}>${outer}`);
  }

  /** Whether any article links two places (most corpora: none). */
  hasLinks(): boolean {
    return this.links.size > 0;
  }

  /** The places linked with `p`: a date of a happening there is looked up under theirs too. */
  neighbours(p: string): string[] {
    const s = this.adjacent.get(p);
    return s ? [...s].filter((q) => this.linked(p, q)) : [];
  }

  add(doc: DocumentAnalysis): void {
    this.count(doc, 1);
  }

  remove(doc: DocumentAnalysis): void {
    this.count(doc, -1);
  }

  private count(doc: DocumentAnalysis, by: number) {
    for (const k of doc.placesWithin ?? []) {
      const n = (this.within.get(k) ?? 0) + by;
      if (n > 0) this.within.set(k, n);
      else this.within.delete(k);
    }
    for (const [list, table] of [
      [doc.placeLinks, this.links],
      [doc.placesApart, this.apart],
    ] as const) {
      for (const k of list ?? []) {
        if (!this.before.has(k)) this.before.set(k, this.isLinked(k));
        const n = (table.get(k) ?? 0) + by;
        if (n > 0) table.set(k, n);
        else table.delete(k);
        if (table === this.links && (n === 0 || n === by)) {
          const [x, y] = k.split("|");
          for (const [p, q] of [[x, y], [y, x]]) {
            let s = this.adjacent.get(p);
            if (n > 0) {
              if (!s) this.adjacent.set(p, (s = new Set()));
              s.add(q);
            } else if (s) {
              s.delete(q);
              if (!s.size) this.adjacent.delete(p);
            }
          }
        }
      }
    }
  }

  private isLinked(k: string): boolean {
    return !!this.links.get(k) && !this.apart.get(k);
  }

  /** The places of the pairs whose state differs from the last time this was asked. */
  changed(): Set<string> {
    const out = new Set<string>();
    for (const [k, was] of this.before) {
      if (this.isLinked(k) === was) continue;
      for (const p of k.split("|")) out.add(p);
    }
    this.before.clear();
    return out;
  }
}
