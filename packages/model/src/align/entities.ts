import type { Entity, EntityType } from "../types.js";
import { pushTo } from "../util/pushTo.js";
import type { DocumentAnalysis } from "../analyzeDocument.js";
import { editDistance, initials, nameKey } from "./nameKey.js";
import { sameBody } from "../extract/institutions.js";

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

/** What the merges know of one name key: the name shown for it and its type. */
interface KeyRecord {
  name: string;
  type: EntityType;
  /** Written in capitals only, 2 to 8 letters: perhaps an acronym. */
  capitals: boolean;
  /** The initials of a name of several words. */
  initials?: string;
}

function keyRecord(name: string, type: EntityType): KeyRecord {
  return { name, type, capitals: /^\p{Lu}{2,8}$/u.test(name), initials: name.includes(" ") ? initials(name) : undefined };
}

/** Types in the order that settles a tie between two types written equally often. */
const TYPES: readonly EntityType[] = ["person", "organisation", "place"];

/**
 * A key's record from how often each (type, text) is written: the type most often given other than
 * "other", and the longest text of that type (then the most frequent, then the first in code point
 * order). Nothing depends on the order the documents came in.
 */
function deriveRecord(written: Map<string, number>): KeyRecord {
  const byType = new Map<string, number>();
  for (const [v, c] of written) {
    const type = v.slice(0, v.indexOf("\u0000"));
    if (type !== "other") byType.set(type, (byType.get(type) ?? 0) + c);
  }
  let type: EntityType = "other";
  let most = 0;
  for (const t of TYPES) {
    const c = byType.get(t) ?? 0;
    if (c > most) [type, most] = [t, c];
  }
  let name = "";
  let nameCount = 0;
  for (const [v, c] of written) {
    const at = v.indexOf("\u0000");
    if (v.slice(0, at) !== type) continue;
    const text = v.slice(at + 1);
    if (!name || text.length > name.length || (text.length === name.length && (c > nameCount || (c === nameCount && text < name)))) {
      name = text;
      nameCount = c;
    }
  }
  return keyRecord(name, type);
}

/**
 * The names of a corpus's documents, counted by key as documents come and go, and the aliases they
 * define: what the entity index is built from, without walking every mention of every document.
 */
export class NameTable {
  /** Per key, how often each `type\0text` is written. */
  private readonly written = new Map<string, Map<string, number>>();
  private readonly defined = new Map<string, number>();
  readonly records = new Map<string, KeyRecord>();
  private readonly touched = new Set<string>();
  private aliasesChanged = false;
  private generation_ = 0;

  static of(docs: Iterable<Pick<DocumentAnalysis, "names" | "aliases">>): NameTable {
    const table = new NameTable();
    for (const d of docs) table.add(d);
    return table;
  }

  add(doc: Pick<DocumentAnalysis, "names" | "aliases">): void {
    this.count(doc, 1);
  }

  remove(doc: Pick<DocumentAnalysis, "names" | "aliases">): void {
    this.count(doc, -1);
  }

  private count(doc: Pick<DocumentAnalysis, "names" | "aliases">, delta: number) {
    for (const n of doc.names) {
      let w = this.written.get(n.key);
      if (!w) this.written.set(n.key, (w = new Map()));
      const v = `${n.type}\u0000${n.text}`;
      const c = (w.get(v) ?? 0) + delta;
      if (c > 0) w.set(v, c);
      else {
        w.delete(v);
        if (!w.size) this.written.delete(n.key);
      }
      this.touched.add(n.key);
    }
    for (const [long, short] of doc.aliases) {
      const k = `${long}\u0000${short}`;
      const c = (this.defined.get(k) ?? 0) + delta;
      if (c > 0) this.defined.set(k, c);
      else this.defined.delete(k);
      // only a pair that comes or goes changes the merges
      if (c === 0 || (delta > 0 && c === delta)) this.aliasesChanged = true;
    }
  }

  /** The alias pairs the documents define, each once. */
  aliases(): [string, string][] {
    return [...this.defined.keys()].sort().map((k) => k.split("\u0000") as [string, string]);
  }

  /**
   * Brings the records up to date and says which state of the names they are: the number changes
   * only when a key comes or goes, a key's name or type changes, or an alias pair does, which is
   * when the merges may differ.
   */
  generation(): number {
    let changed = this.aliasesChanged;
    for (const k of this.touched) {
      const w = this.written.get(k);
      const before = this.records.get(k);
      if (!w) {
        if (before) this.records.delete(k);
        changed = true;
        continue;
      }
      const after = deriveRecord(w);
      if (!before || before.name !== after.name || before.type !== after.type) {
        this.records.set(k, after);
        changed = true;
      }
    }
    this.touched.clear();
    this.aliasesChanged = false;
    if (changed) this.generation_++;
    return this.generation_;
  }
}

/**
 * Merges the names of all documents into entities by general rules: the same key (spelling variants
 * fold together), an acronym the text defines ("Security Service of Ukraine (SBU)") or whose letters
 * are the initials of a name, a surname that belongs to exactly one full name, and keys one edit apart.
 * The rules look at the keys and what is written under them, never at the order documents came in:
 * the same names merge the same way, and under the same id, in an edited corpus and a fresh one.
 */
export class EntityIndex {
  private parent = new Map<string, string>();
  private display = new Map<string, KeyRecord>();
  /** The state of the name table this index was built from. */
  readonly generation: number;
  constructor(
    names: readonly Pick<DocumentAnalysis, "names" | "aliases">[] | NameTable,
    private readonly spellings = new SpellingNeighbours(),
  ) {
    const table = names instanceof NameTable ? names : NameTable.of(names);
    this.generation = table.generation();
    this.build(table);
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
    // the longer name becomes the representative: it says more (of two as long, the first in code point order)
    if (ra.length > rb.length || (ra.length === rb.length && ra < rb)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }

  private build(table: NameTable) {
    const keys = new Map(table.records);
    this.display = keys;
    for (const [long, short] of table.aliases()) {
      const a = nameKey(long);
      const b = nameKey(short);
      if (!keys.has(a)) keys.set(a, keyRecord(long, "organisation"));
      if (!keys.has(b)) keys.set(b, keyRecord(short, "organisation"));
      this.union(a, b);
    }
    // acronyms: letters of an all-caps name that are the initials of a longer one
    const byInitials = new Map<string, string[]>();
    for (const [k, v] of keys) if (v.initials !== undefined) pushTo(byInitials, v.initials, k);
    for (const [k, v] of keys) {
      if (!v.capitals) continue;
      const longs = byInitials.get(v.name.toLowerCase());
      if (longs?.length === 1) this.union(k, longs[0]);
    }
    // surnames: a surname alone joins the one person whose full name ends with it (decided for all
    // surnames before any joins, so that no join decides another)
    const bySurname = new Map<string, string[]>();
    for (const [k, v] of keys) {
      if (v.type !== "person") continue;
      const space = k.lastIndexOf(" ");
      if (space >= 0) pushTo(bySurname, k.slice(space + 1), k);
    }
    const joins: [string, string][] = [];
    for (const k of keys.keys()) {
      if (k.includes(" ")) continue;
      const full = bySurname.get(k);
      if (!full) continue;
      const root = this.find(full[0]);
      if (full.every((f) => this.find(f) === root)) joins.push([k, full[0]]);
    }
    for (const [k, f] of joins) this.union(k, f);
    for (const fulls of bySurname.values()) {
      // spelling variants of a full name fold already; different first names stay apart
      fulls.sort();
      for (let i = 1; i < fulls.length; i++) if (editDistance(fulls[0], fulls[i], 1) <= 1) this.union(fulls[0], fulls[i]);
    }
    // keys one edit apart (Kharkov / Kharkiv), long enough that the edit is a spelling, not a new
    // word, among keys with the same first two letters (a crowded beginning is skipped)
    const groupSize = new Map<string, number>();
    for (const k of keys.keys()) if (k.length >= SPELLING_MIN) groupSize.set(k.slice(0, 2), (groupSize.get(k.slice(0, 2)) ?? 0) + 1);
    const spelled = [...keys.keys()].filter((k) => k.length >= SPELLING_MIN && groupSize.get(k.slice(0, 2))! <= 400);
    for (const k of spelled) this.spellings.add(k);
    for (const a of spelled) {
      for (const b of this.spellings.of(a)) {
        // each pair once (the smaller key decides), among the keys present
        if (!(b > a) || !keys.has(b) || b.slice(0, 2) !== a.slice(0, 2)) continue;
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
    // bodies read with whose they are: one base, owners that agree ("foreign ministri|valdora")
    if (ka.includes("|") || kb.includes("|")) return sameBody(ka, kb);
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
