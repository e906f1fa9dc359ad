import type { Entity, EntityType } from "../types.js";
import { pushTo } from "../util/pushTo.js";
import type { DocumentAnalysis } from "../analyzeDocument.js";
import { editDistance, initials, nameKey } from "./nameKey.js";

/** What of a document the merges depend on: its name keys and the aliases it defines. */
export function nameSignature(d: DocumentAnalysis): string {
  return [...new Set(d.names.map((n) => `${n.key}:${n.type}`))].sort().join("|") + "#" + d.aliases.map((a) => a.join("=")).join("|");
}

const SPELLING_MIN = 6;

/**
 * Pairs of name keys one edit apart, found through the keys' one-deletion variants (two keys one
 * edit apart share one) and kept from one rebuild of the index to the next: comparing every pair
 * of keys on each rebuild grew with the square of the names.
 */
export class SpellingNeighbours {
  private readonly byVariant = new Map<string, string[]>();
  private readonly near = new Map<string, string[]>();

  add(key: string): void {
    if (this.near.has(key)) return;
    const found: string[] = [];
    this.near.set(key, found);
    const seen = new Set<string>();
    for (const v of deletionVariants(key)) {
      const others = this.byVariant.get(v);
      if (others) {
        for (const other of others) {
          if (seen.has(other)) continue;
          seen.add(other);
          if (editDistance(key, other, 1) <= 1) {
            found.push(other);
            this.near.get(other)!.push(key);
          }
        }
        others.push(key);
      } else this.byVariant.set(v, [key]);
    }
  }

  /** Keys added so far that are one edit from `key` (which must have been added). */
  of(key: string): readonly string[] {
    return this.near.get(key) ?? [];
  }
}

function deletionVariants(key: string): Set<string> {
  const out = new Set<string>([key]);
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/**
 * Merges the names of all documents into entities by general rules: the same key (spelling variants
 * fold together), an acronym the text defines ("Security Service of Ukraine (SBU)") or whose letters
 * are the initials of a name, a surname that belongs to exactly one full name, and keys one edit apart.
 */
export class EntityIndex {
  private parent = new Map<string, string>();
  private display = new Map<string, { name: string; type: EntityType; count: number }>();
  constructor(
    docs: readonly DocumentAnalysis[],
    private readonly spellings = new SpellingNeighbours(),
  ) {
    this.build(docs);
  }

  private find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p === k) return k;
    p = this.find(p);
    this.parent.set(k, p);
    return p;
  }

  private union(a: string, b: string) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // the longer name becomes the representative: it says more
    if (ra.length >= rb.length) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  private build(docs: readonly DocumentAnalysis[]) {
    const keys = new Map<string, { name: string; type: EntityType; count: number }>();
    const defined: [string, string][] = [];
    for (const d of docs) {
      for (const n of d.names) {
        const e = keys.get(n.key);
        if (e) {
          e.count++;
          if (e.type === "other" && n.type !== "other") e.type = n.type;
          if (n.text.length > e.name.length && n.type === e.type) e.name = n.text;
        } else keys.set(n.key, { name: n.text, type: n.type, count: 1 });
      }
      defined.push(...d.aliases);
    }
    this.display = keys;
    for (const k of keys.keys()) this.parent.set(k, k);
    for (const [long, short] of defined) {
      const a = nameKey(long);
      const b = nameKey(short);
      if (!keys.has(a)) keys.set(a, { name: long, type: "organisation", count: 0 });
      if (!keys.has(b)) keys.set(b, { name: short, type: "organisation", count: 0 });
      this.union(a, b);
    }
    const all = [...keys.entries()];
    // acronyms: letters of an all-caps name that are the initials of a longer one
    const byInitials = new Map<string, string[]>();
    for (const [k, v] of all) if (v.name.includes(" ")) pushTo(byInitials, initials(v.name), k);
    for (const [k, v] of all) {
      if (/^\p{Lu}{2,8}$/u.test(v.name)) {
        const longs = byInitials.get(v.name.toLowerCase());
        if (longs?.length === 1) this.union(k, longs[0]);
      }
    }
    // surnames: a surname alone joins the one person whose full name ends with it
    const bySurname = new Map<string, string[]>();
    for (const [k, v] of all) {
      if (v.type !== "person" || !k.includes(" ")) continue;
      const last = k.slice(k.lastIndexOf(" ") + 1);
      pushTo(bySurname, last, k);
    }
    for (const [k] of all) {
      if (k.includes(" ")) continue;
      const full = bySurname.get(k);
      if (full && new Set(full.map((f) => this.find(f))).size === 1) this.union(k, full[0]);
    }
    for (const fulls of bySurname.values()) {
      // spelling variants of a full name fold already; different first names stay apart
      for (let i = 1; i < fulls.length; i++) if (editDistance(fulls[0], fulls[i], 1) <= 1) this.union(fulls[0], fulls[i]);
    }
    // keys one edit apart (Kharkov / Kharkiv), long enough that the edit is a spelling, not a new
    // word, among keys with the same first two letters (a crowded beginning is skipped)
    const groupSize = new Map<string, number>();
    for (const [k] of all) if (k.length >= SPELLING_MIN) groupSize.set(k.slice(0, 2), (groupSize.get(k.slice(0, 2)) ?? 0) + 1);
    const order = new Map(all.map(([k], i) => [k, i]));
    const spelled = all.map(([k]) => k).filter((k) => k.length >= SPELLING_MIN && groupSize.get(k.slice(0, 2))! <= 400);
    for (const k of spelled) this.spellings.add(k);
    for (const a of spelled) {
      for (const b of this.spellings.of(a)) {
        // each pair once, in the keys' order, so that the same names always merge the same way
        if (!((order.get(b) ?? -1) > order.get(a)!) || b.slice(0, 2) !== a.slice(0, 2)) continue;
        // a letter added at the end makes a demonym or a plural ("Korea", "Korean", "Koreans"), not a spelling
        if (a.startsWith(b) || b.startsWith(a) || /\d/.test(a) || /\d/.test(b)) continue;
        this.union(a, b);
      }
    }
  }

  /** The entity id of a name key (or a `person:` key). */
  resolve(key: string): string {
    const bare = key.startsWith("person:") ? key.slice(7) : key;
    return this.find(bare);
  }

  same = (a: string, b: string): boolean => {
    const ka = a.startsWith("person:") ? a.slice(7) : a;
    const kb = b.startsWith("person:") ? b.slice(7) : b;
    if (ka === kb) return true;
    if (this.find(ka) === this.find(kb)) return true;
    // a surname alone against a full name in the same family of keys
    const la = ka.split(" ");
    const lb = kb.split(" ");
    if ((la.length === 1 || lb.length === 1) && la[la.length - 1] === lb[lb.length - 1]) return true;
    return false;
  };

  /** The entities of the given documents, merged by this index's rules. */
  entities(docs: Iterable<DocumentAnalysis>): Entity[] {
    const groups = new Map<string, Entity>();
    for (const d of docs) {
      for (const n of d.names) {
        const id = this.find(n.key);
        let e = groups.get(id);
        if (!e) {
          const rep = this.display.get(id) ?? { name: n.text, type: n.type };
          e = { id, name: rep.name, type: rep.type, aliases: [], mentions: [] };
          groups.set(id, e);
        }
        if (n.text !== e.name && !e.aliases.includes(n.text)) e.aliases.push(n.text);
        if (e.type === "other" && n.type !== "other") e.type = n.type;
        e.mentions.push({ uri: d.uri, span: n.span });
      }
    }
    return [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  }

  /** A fingerprint of the merges, to tell whether a change of documents changed who is who. */
  signature(): string {
    const pairs: string[] = [];
    for (const k of this.parent.keys()) {
      const r = this.find(k);
      if (r !== k) pairs.push(`${k}>${r}`);
    }
    return pairs.sort().join("|");
  }
}
