import { analyzeDocument, readsAlikeAgainst, type DocumentAnalysis } from "./analyzeDocument.js";
import { pushTo } from "./util/pushTo.js";
import { blockKeys, institutionQuotesMeet, linkedQuantityLookups, linkedQuoteLookups, PERIOD_DAYS, type BlockKey, type BlockKeys } from "./align/blockKeys.js";
import { EntityIndex, NameTable, SpellingNeighbours } from "./align/entities.js";
import { relateDates, relateQuantities, relateQuotes, relateSpeakers, sameQuantity } from "./align/relateClaims.js";
import { nameKey } from "./align/nameKey.js";
import { PlaceLinks } from "./align/placeLinks.js";
import { eventFamily, isLocal } from "./extract/eventWords.js";
import { placeCore } from "./extract/names.js";
import { conflictOrder, describeClaimIn, groupConflicts, stableId } from "./describe/conflicts.js";
import { findEvents } from "./events.js";
import { defaultOptions, type AnalysisOptions, type Claim, type Conflict, type CorpusEvent, type Entity, type QuantityClaim, type QuoteClaim, type Relation, type Source } from "./types.js";

/** What a commit changed: the documents whose conflicts differ, and the conflicts that came and went. */
export interface CorpusChange {
  /** Documents whose set of conflicts changed, including the ones edited. */
  changedUris: string[];
  addedConflicts: Conflict[];
  removedConflicts: string[];
}

/**
 * An incremental corpus. `set` and `remove` stage changes: a document is analysed at once, on its own;
 * relating it to the others waits for `commit` (called by every query), so that loading 10,000
 * articles relates each claim once. Only the claims of changed documents are compared again, and
 * only with the claims that share a blocking key with them.
 */
const shown = new WeakMap<Conflict, string>();
/** What a file's diagnostics show of a conflict: its id, message and the spans of its claims. */
function shownAs(c: Conflict): string {
  let s = shown.get(c);
  if (s === undefined) shown.set(c, (s = `${c.id}\n${c.message}\n${c.claims.map((x) => `${x.uri}@${x.span.start}-${x.span.end}`).join(" ")}`));
  return s;
}

/** The names of each analysis, as `Corpus.namedIn` keys them. */
const namedCache = new WeakMap<object, Set<string>>();

/** How many readings of one undated article against different corpus dates are kept. */
const MAX_READINGS = 8;

/** The claims of one blocking key, by document (objects, not ids: a candidate is used at once). */
type Block = Map<string, Set<Claim>>;

/** An undated article's reading against the corpus dates it reads alike against (the last one used first). */
interface Reading {
  dates: Set<string>;
  doc: DocumentAnalysis;
}

/** The index of `value` in a sorted array, or where it would go. */
function sortedIndex(list: string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The speaker a relation of this claim depends on (figures and quotes compare speakers). */
function speakerOf(c: Claim): string | undefined {
  return c.kind === "quote" || c.kind === "quantity" ? c.attribution?.entity : undefined;
}

/** The places a claim's relations may depend on a link of: a figure's places and article's, a date's participants. */
function placesOfClaim(c: Claim): string[] {
  return c.kind === "quantity" ? [...c.counted.scope.places, ...c.counted.scope.around] : c.kind === "date" ? c.event.slice(1) : c.kind === "quote" ? c.around : [];
}

/** A source's publication time in ms (NaN when undated), parsed once per source object (an undated article's is replaced when its date is inferred). */
const timeCache = new WeakMap<Source, number>();
function timeOf(s: Source): number {
  let t = timeCache.get(s);
  if (t === undefined) timeCache.set(s, (t = s.date ? Date.parse(s.date) : NaN));
  return t;
}

/** Two articles' sources published within 45 days of each other; undefined when either is undated. */
function closeInTime(da: Source | undefined, db: Source | undefined): boolean | undefined {
  if (!da?.date || !db?.date || da.dateFrom === "corpus" || db.dateFrom === "corpus") return undefined;
  return Math.abs(timeOf(da) - timeOf(db)) <= 45 * 86400000;
}

/** The claim whose article (source `da` for `a`, `db` for `b`) was published on a later day, when both give their date. */
function laterOf<C extends Claim>(a: C, b: C, da: Source | undefined, db: Source | undefined): C | undefined {
  if (!da?.date || !db?.date || da.dateFrom === "corpus" || db.dateFrom === "corpus" || da.date === db.date) return undefined;
  return da.date > db.date ? a : b;
}

const placesCache = new WeakMap<DocumentAnalysis, Set<string>>();
/** Every place a document's figures and dates name (the same set when it is dropped as when installed). */
function claimPlaces(doc: DocumentAnalysis): Set<string> {
  let s = placesCache.get(doc);
  if (!s) {
    s = new Set();
    for (const c of doc.claims) for (const p of placesOfClaim(c)) s.add(p);
    placesCache.set(doc, s);
  }
  return s;
}

export class Corpus {
  private options: AnalysisOptions;
  private readonly texts = new Map<string, string>();
  private readonly docs = new Map<string, DocumentAnalysis>();
  private readonly claims = new Map<string, Claim>();
  /**
   * Claims by blocking key, then by document: a claim is compared with the other documents' claims
   * only, so that one document's thousands of claims under one key are never walked pairwise.
   */
  private readonly blocks = new Map<string, Block>();
  /** The same for keys split by publication period: by signal, then by period. */
  private readonly periodBlocks = new Map<string, Map<number | string, Block>>();
  private readonly relations = new Map<string, Relation>();
  /** Each claim's relations (the objects in `relations`). */
  private readonly relationsOfClaim = new Map<string, Set<Relation>>();
  /**
   * Claims to relate at the next commit (the objects installed: a dropped claim leaves it), with the
   * keys `install` computed for them: kept until the commit only (keys of every claim, kept, added 14%
   * to the heap).
   */
  private pending = new Map<Claim, BlockKeys | undefined>();
  private dirtyUris = new Set<string>();
  private entityIndex?: EntityIndex;
  /** Every document's names, counted as documents come and go: the entity index is built from it. */
  private readonly names = new NameTable();
  /** Places the articles say are one inside the other, counted as documents come and go. */
  private readonly placeLinks = new PlaceLinks();
  /** The documents whose figures or dates name each place: related again when a link of the place moves. */
  private readonly docsByPlace = new Map<string, Set<string>>();
  private entityCache?: Entity[];
  private entitySignature = "";
  private fallbackDate?: string;
  /** The dates of the dated articles, sorted (their median is the undated ones' date). */
  private readonly datedDates: string[] = [];
  /** Articles without a date of their own. */
  private readonly undated = new Set<string>();
  /**
   * Readings of each undated article against the corpus dates met so far, grouped by dates that
   * read alike: the median wanders among a few dates as articles come and go, and a date met
   * before costs no new reading. Dropped with the text.
   */
  private readonly readings = new Map<string, { text: string; list: Reading[] }>();
  private conflictCache: Conflict[] = [];
  /** Conflicts between articles, kept between commits; `touched` says which claims' relations changed. */
  private grouped: Conflict[] = [];
  private readonly touched = new Set<string>();
  /** The entity each figure's and quote's speaker resolved to when it was last related. */
  private readonly speakerRoots = new Map<string, string>();
  private readonly weekdayByUri = new Map<string, Conflict[]>();
  private conflictsByUri = new Map<string, Conflict[]>();
  private eventCache?: CorpusEvent[];
  private version = 0;
  /** Spelling variants among the names seen, kept across rebuilds of the entity index. */
  private readonly spellings = new SpellingNeighbours();

  constructor(options: Partial<AnalysisOptions> = {}) {
    this.options = { ...defaultOptions, ...options };
  }

  get settings(): AnalysisOptions {
    return this.options;
  }

  /** Adds or replaces a document. Analysis happens now; relating it to the others at the next commit. */
  set(uri: string, text: string): DocumentAnalysis {
    return this.replace(uri, text, () => analyzeDocument(uri, text, this.options, { fallbackDate: this.fallbackDate, version: ++this.version }));
  }

  /**
   * Like `set`, with the analysis done elsewhere (a worker thread) by `analyzeDocument(uri, text,
   * corpus.settings)`: analysing is the costly part and documents do not depend on each other.
   */
  setAnalysed(uri: string, text: string, analysis: DocumentAnalysis): DocumentAnalysis {
    if (analysis.uri !== uri) throw new Error(`analysis of ${analysis.uri} given for ${uri}`);
    return this.replace(uri, text, () =>
      // an undated article needs the corpus's date, which the worker did not have
      analysis.needsReference && this.fallbackDate
        ? analyzeDocument(uri, text, this.options, { fallbackDate: this.fallbackDate, version: ++this.version })
        : { ...analysis, version: ++this.version },
    );
  }

  private replace(uri: string, text: string, analyse: () => DocumentAnalysis): DocumentAnalysis {
    if (this.texts.get(uri) === text && this.docs.has(uri)) return this.docs.get(uri)!;
    this.drop(uri);
    if (this.texts.get(uri) !== text) this.readings.delete(uri);
    this.texts.set(uri, text);
    const doc = analyse();
    this.install(doc);
    return doc;
  }

  /** Adds or replaces a document and relates it at once: what an editor calls on each change. */
  update(uri: string, text: string): CorpusChange {
    this.set(uri, text);
    return this.commit();
  }

  /** Stages the removal of a document, like `set` stages an addition: a rescan commits once. */
  delete(uri: string): boolean {
    if (!this.texts.has(uri)) return false;
    this.drop(uri);
    this.texts.delete(uri);
    this.readings.delete(uri);
    return true;
  }

  /** Removes a document and relates at once. */
  remove(uri: string): CorpusChange {
    this.delete(uri);
    return this.commit();
  }

  /** Changes the settings; every document is analysed again. */
  configure(options: Partial<AnalysisOptions>): CorpusChange {
    this.options = { ...this.options, ...options };
    this.readings.clear();
    for (const [uri, text] of [...this.texts]) {
      const previous = this.docs.get(uri);
      this.drop(uri);
      this.install(analyzeDocument(uri, text, this.options, { fallbackDate: this.fallbackDate, version: ++this.version, previous }));
    }
    return this.commit();
  }

  /** The article's publication period for weak blocking keys; undated articles have none. */
  private periodOf(uri: string): number | undefined {
    const s = this.docs.get(uri)?.source;
    if (!s?.date || (s.dateFrom !== "dateline" && s.dateFrom !== "text")) return undefined;
    return Math.floor(timeOf(s) / 86400000 / PERIOD_DAYS);
  }

  private install(doc: DocumentAnalysis) {
    this.docs.set(doc.uri, doc);
    if (doc.source.dateFrom === "dateline" || doc.source.dateFrom === "text") this.datedDates.splice(sortedIndex(this.datedDates, doc.source.date!), 0, doc.source.date!);
    else this.undated.add(doc.uri);
    // an edit that leaves the names alone (most keystrokes) keeps who is who: see entities_()
    this.names.add(doc);
    this.placeLinks.add(doc);
    for (const p of claimPlaces(doc)) {
      let s = this.docsByPlace.get(p);
      if (!s) this.docsByPlace.set(p, (s = new Set()));
      s.add(doc.uri);
    }
    this.entityCache = undefined;
    this.dirtyUris.add(doc.uri);
    const period = this.periodOf(doc.uri);
    for (const c of doc.claims) {
      this.claims.set(c.id, c);
      const keys = blockKeys(c, period);
      this.pending.set(c, keys);
      this.touched.add(c.id);
      for (const k of keys.insert) {
        const b = this.blockOf(k, true)!;
        let ofDoc = b.get(doc.uri);
        if (!ofDoc) b.set(doc.uri, (ofDoc = new Set()));
        ofDoc.add(c);
      }
    }
    this.eventCache = undefined;
  }

  private drop(uri: string) {
    const doc = this.docs.get(uri);
    if (!doc) return;
    if (doc.source.dateFrom === "dateline" || doc.source.dateFrom === "text") this.datedDates.splice(sortedIndex(this.datedDates, doc.source.date!), 1);
    else this.undated.delete(uri);
    this.dirtyUris.add(uri);
    const period = this.periodOf(uri);
    for (const c of doc.claims) {
      for (const k of blockKeys(c, period).insert) {
        const b = this.blockOf(k, false);
        const ofDoc = b?.get(uri);
        ofDoc?.delete(c);
        if (ofDoc?.size === 0) b!.delete(uri);
        if (b?.size === 0) this.dropBlock(k);
      }
      for (const r of this.relationsOfClaim.get(c.id) ?? []) this.deleteRelation(r);
      this.relationsOfClaim.delete(c.id);
      this.speakerRoots.delete(c.id);
      this.touched.add(c.id);
      this.claims.delete(c.id);
      this.pending.delete(c);
    }
    this.docs.delete(uri);
    this.names.remove(doc);
    this.placeLinks.remove(doc);
    for (const p of claimPlaces(doc)) {
      const s = this.docsByPlace.get(p);
      s?.delete(uri);
      if (s?.size === 0) this.docsByPlace.delete(p);
    }
    this.entityCache = undefined;
    this.eventCache = undefined;
  }

  /** The block of a key; created when `create`. */
  private blockOf(k: BlockKey, create: boolean): Block | undefined {
    if (typeof k === "string") {
      let b = this.blocks.get(k);
      if (!b && create) this.blocks.set(k, (b = new Map()));
      return b;
    }
    let periods = this.periodBlocks.get(k.signal);
    if (!periods) {
      if (!create) return undefined;
      this.periodBlocks.set(k.signal, (periods = new Map()));
    }
    let b = periods.get(k.period);
    if (!b && create) periods.set(k.period, (b = new Map()));
    return b;
  }

  private dropBlock(k: BlockKey) {
    if (typeof k === "string") {
      this.blocks.delete(k);
      return;
    }
    const periods = this.periodBlocks.get(k.signal)!;
    periods.delete(k.period);
    if (!periods.size) this.periodBlocks.delete(k.signal);
  }

  private deleteRelation(r: Relation) {
    if (this.relations.get(r.id) !== r) return;
    this.relations.delete(r.id);
    this.relationsOfClaim.get(r.a)?.delete(r);
    this.relationsOfClaim.get(r.b)?.delete(r);
    this.touched.add(r.a);
    this.touched.add(r.b);
  }

  private addRelation(r: Relation) {
    this.relations.set(r.id, r);
    this.touched.add(r.a);
    this.touched.add(r.b);
    this.relationOfClaim(r.a).add(r);
    this.relationOfClaim(r.b).add(r);
  }

  private relationOfClaim(id: string): Set<Relation> {
    let s = this.relationsOfClaim.get(id);
    if (!s) this.relationsOfClaim.set(id, (s = new Set()));
    return s;
  }

  /** Relates staged claims, refreshes conflicts, and says what changed. */
  commit(): CorpusChange {
    if (!this.pending.size && !this.dirtyUris.size) return { changedUris: [], addedConflicts: [], removedConflicts: [] };
    this.refreshFallbackDate();
    const entities = this.entities_();
    const signature = entities.signature();
    if (signature !== this.entitySignature) {
      // who is who changed: a figure or quote whose speaker now stands for another entity is
      // related again, with every claim it meets (also those it had no relation with before)
      this.entitySignature = signature;
      for (const [id, root] of [...this.speakerRoots]) {
        const c = this.claims.get(id);
        const entity = c && speakerOf(c);
        if (!entity) {
          this.speakerRoots.delete(id);
          continue;
        }
        if (entities.resolve(entity) === root) continue;
        for (const r of [...(this.relationsOfClaim.get(id) ?? [])]) this.deleteRelation(r);
        if (!this.pending.has(c)) this.pending.set(c, undefined);
      }
    }
    // a link between two places came or went: the figures scoped to either are related again (rare: an
    // edit that leaves an article's links as they were changes nothing here)
    const moved = this.placeLinks.changed();
    const uris = new Set<string>();
    for (const p of moved) for (const u of this.docsByPlace.get(p) ?? []) uris.add(u);
    for (const u of uris) {
      for (const c of this.docs.get(u)?.claims ?? []) {
        if (this.pending.has(c) || !placesOfClaim(c).some((p) => moved.has(p))) continue;
        for (const r of [...(this.relationsOfClaim.get(c.id) ?? [])]) this.deleteRelation(r);
        this.pending.set(c, undefined);
      }
    }
    const seen = new Set<Claim>();
    for (const [c, installed] of this.pending) {
      const speaker = speakerOf(c);
      if (speaker) this.speakerRoots.set(c.id, entities.resolve(speaker));
      seen.clear();
      // a signal's periods come one after the other: its periods are found once
      let signal: string | undefined;
      let periods: Map<number | string, Block> | undefined;
      // the period cannot have moved since install (only an undated article's source changes, and it has none)
      for (const k of (installed ?? blockKeys(c, this.periodOf(c.uri))).lookup) {
        let block: Block | undefined;
        if (typeof k === "string") block = this.blocks.get(k);
        else {
          if (k.signal !== signal) periods = this.periodBlocks.get((signal = k.signal));
          block = periods?.get(k.period);
        }
        if (block) this.meet(c, block, seen, entities);
      }
      for (const k of this.linkedLookups(c)) {
        const block = typeof k === "string" ? this.blocks.get(k) : this.periodBlocks.get(k.signal)?.get(k.period);
        if (block) this.meet(c, block, seen, entities);
      }
    }
    this.pending.clear();

    // a file changes when one of its conflicts does: its id, or what it shows (an edit elsewhere
    // shifts the spans its other files are linked to, under the same id)
    const before = new Map([...this.conflictsByUri].map(([u, cs]) => [u, new Set(cs.map(shownAs))]));
    const oldIds = new Set(this.conflictCache.map((c) => c.id));
    this.regroup();
    for (const uri of this.dirtyUris) {
      const findings = this.docs.has(uri) ? this.weekdayFindings(this.docs.get(uri)!) : [];
      // only articles with findings are kept: most have none, and the walk below is then skipped
      if (findings.length) this.weekdayByUri.set(uri, findings);
      else this.weekdayByUri.delete(uri);
    }
    this.conflictCache = [...this.grouped];
    if (this.weekdayByUri.size) {
      for (const uri of this.docs.keys()) for (const c of this.weekdayByUri.get(uri) ?? []) this.conflictCache.push(c);
    }
    this.conflictsByUri = new Map();
    for (const c of this.conflictCache) {
      for (const uri of new Set(c.claims.map((x) => x.uri))) pushTo(this.conflictsByUri, uri, c);
    }
    const changed = new Set(this.dirtyUris);
    for (const uri of new Set([...before.keys(), ...this.conflictsByUri.keys()])) {
      const a = before.get(uri) ?? new Set();
      const b = new Set((this.conflictsByUri.get(uri) ?? []).map(shownAs));
      if (a.size !== b.size || [...a].some((x) => !b.has(x))) changed.add(uri);
    }
    this.dirtyUris.clear();
    const newIds = new Set(this.conflictCache.map((c) => c.id));
    return {
      changedUris: [...changed].filter((u) => this.texts.has(u) || before.has(u)).sort(),
      addedConflicts: this.conflictCache.filter((c) => !oldIds.has(c.id)),
      removedConflicts: [...oldIds].filter((id) => !newIds.has(id)),
    };
  }

  /** Relates a pending claim with the other documents' claims of one block that it has not met yet. */
  private meet(c: Claim, block: Block, seen: Set<Claim>, entities: EntityIndex) {
    for (const [uri, ids] of block) {
      if (uri === c.uri) continue;
      for (const other of ids) {
        if (seen.has(other)) continue;
        seen.add(other);
        // each pair once: the pending claim with the smaller id decides, or the only pending one
        if (other.id < c.id && this.pending.has(other)) continue;
        for (const r of this.relate(c, other, entities)) this.addRelation(r);
      }
    }
  }

  /**
   * The date of a disaster is also looked up under the places linked with its own (`PlaceLinks`): a
   * collapse "near Orvin" meets one "in eastern Talmora". Links are few, so this adds few keys.
   */
  private linkedLookups(c: Claim): BlockKey[] {
    if (c.kind === "quantity") return this.placeLinks.hasLinks() ? linkedQuantityLookups(c, this.periodOf(c.uri), (p) => this.placeLinks.neighbours(p)) : [];
    if (c.kind === "quote") return this.placeLinks.hasLinks() ? linkedQuoteLookups(c, this.periodOf(c.uri), (p) => this.placeLinks.neighbours(p)) : [];
    if (c.kind !== "date" || !c.resolved || c.event.length < 2 || !isLocal(c.event[0])) return [];
    const out: BlockKey[] = [];
    for (const p of new Set(c.event.slice(1))) for (const q of this.placeLinks.neighbours(p)) out.push(`d|${eventFamily(c.event[0])}|${q}`);
    return out;
  }

  /**
   * Two figures from a report mostly about a region and one mostly about a town in it (linked places,
   * `PlaceLinks`) report one happening when the report about the region names the town and no other
   * place the corpus puts inside the region: a report about Talmora that names Orvin, and no other town
   * in Talmora, is about what happened at Orvin. A report about the region that names two of its towns
   * may count the whole region; a report about the town that names its region says nothing of what the
   * region's report counts.
   */
  private readonly oneHappening = (a: QuantityClaim, b: QuantityClaim): boolean => {
    const about = (x: QuantityClaim, y: QuantityClaim) => {
      const named = this.namedIn(x.uri);
      return x.counted.scope.around.some((p) => {
        const inside = this.placeLinks.neighbours(p).filter((q) => named.has(q) && this.placeLinks.inside(q, p));
        return inside.length === 1 && y.counted.scope.around.includes(inside[0]);
      });
    };
    return about(a, b) || about(b, a);
  };

  private relate(a: Claim, b: Claim, entities: EntityIndex): Relation[] {
    if (a.kind === "quantity" && b.kind === "quantity") {
      // the articles' sources looked up once for both questions
      const sa = this.docs.get(a.uri)?.source;
      const sb = this.docs.get(b.uri)?.source;
      return sameQuantity(a, b, closeInTime(sa, sb), this.placeLinks.linked, this.oneHappening) ? relateQuantities(a, b, this.options, entities.same, laterOf(a, b, sa, sb)) : [];
    }
    if (a.kind === "date" && b.kind === "date") {
      const r = relateDates(a, b, this.publishedClose(a.uri, b.uri) !== false, this.placeLinks.linked);
      return r ? [r] : [];
    }
    if (a.kind === "quote" && b.kind === "quote") {
      const r = institutionQuotesMeet(a, b, this.placeLinks.linked) ? relateQuotes(a, b, this.options, entities.same) : undefined;
      if (r) return this.options.reportRewording || r.kind !== "quote-reworded" ? [r] : [];
      const s = relateSpeakers(a, b);
      return s && this.aboutOneThing(a, b) ? [s] : [];
    }
    return [];
  }

  /**
   * Two articles report one happening, as far as their quotes' speakers go: published within 45 days
   * (or undated), and about the same thing: a place or firm both are about (`around`), or one that
   * one article is about and the other names anywhere, even once or typed otherwise ("Osvalia" a
   * country in one, a name of unknown type in the other; a town named only in a headline).
   */
  private aboutOneThing(a: QuoteClaim, b: QuoteClaim): boolean {
    if (this.publishedClose(a.uri, b.uri) === false) return false;
    if (a.around.some((p) => b.around.includes(p))) return true;
    const [na, nb] = [this.namedIn(a.uri), this.namedIn(b.uri)];
    return a.around.some((p) => nb.has(p)) || b.around.some((p) => na.has(p));
  }

  /** Every place, firm or body an article names, keyed as `around` keys them. */
  private namedIn(uri: string): Set<string> {
    const doc = this.docs.get(uri);
    if (!doc) return new Set();
    let s = namedCache.get(doc);
    if (!s) {
      s = new Set(doc.names.filter((n) => n.type !== "person").map((n) => nameKey(placeCore(n.text))));
      namedCache.set(doc, s);
    }
    return s;
  }

  /** Reports of one happening appear within weeks of each other; `undefined` when either article is undated. */
  private publishedClose(a: string, b: string): boolean | undefined {
    return closeInTime(this.docs.get(a)?.source, this.docs.get(b)?.source);
  }

  /** The claim whose article was published on a later day, when both articles give their date. */

  private attributionClaimOf(c: Claim): Claim | undefined {
    if (!c.attribution) return undefined;
    return this.claims.get(`${c.uri}#attribution@${c.attribution.span.start}`);
  }

  /**
   * Groups relations into conflicts again where relations changed since the last commit: the
   * claims connected to a changed claim form the region regrouped; every other conflict stays.
   */
  private regroup() {
    const region = new Set<string>();
    const relations = new Set<Relation>();
    const queue = [...this.touched];
    this.touched.clear();
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i];
      if (region.has(id)) continue;
      region.add(id);
      for (const r of this.relationsOfClaim.get(id) ?? []) {
        if (relations.has(r)) continue;
        relations.add(r);
        queue.push(r.a, r.b);
      }
    }
    const inRegion = (c: Conflict) => c.claims.some((x) => region.has(x.id)) || c.relations.some((r) => region.has(r.a) || region.has(r.b));
    const regrouped = groupConflicts(
      relations,
      (id) => this.claims.get(id),
      (c) => this.attributionClaimOf(c),
    );
    this.grouped = [...this.grouped.filter((c) => !inRegion(c)), ...regrouped].sort(conflictOrder);
  }

  /** A weekday that contradicts its own date is a finding of one article on its own. */
  private weekdayFindings(doc: DocumentAnalysis): Conflict[] {
    const out: Conflict[] = [];
    for (const c of doc.claims) {
      if (c.kind !== "date" || !c.weekdayMismatch) continue;
      out.push({
        id: stableId("date", [c.uri, c.span.text]),
        kind: "date",
        subject: "weekday of a date",
        message: `“${c.span.text}” names a ${c.weekdayMismatch.stated}, but ${c.display} is a ${c.weekdayMismatch.actual}.`,
        severity: "warning",
        claims: [c],
        disagreements: [],
        relations: [],
      });
    }
    return out;
  }

  /** Undated articles are read against the median date of the dated ones. */
  private refreshFallbackDate() {
    const dates = this.datedDates;
    const median = dates.length ? dates[Math.floor((dates.length - 1) / 2)] : undefined;
    // followed exactly, so that an edited corpus reads like a fresh one of the same texts; reading
    // an undated article again reuses what does not depend on the date
    if (median === this.fallbackDate) return;
    this.fallbackDate = median;
    for (const uri of [...this.undated]) {
      const doc = this.docs.get(uri)!;
      if (doc.needsReference || doc.source.dateFrom === "corpus") {
        const kept = median ? this.readingAgainst(doc, median) : undefined;
        if (kept) {
          // a reading that resolves every relative date alike: only the date itself changes
          kept.source = { ...kept.source, date: median };
          kept.referenceDate = median;
          if (kept !== doc) this.reinstall(doc, kept);
          continue;
        }
        const text = this.texts.get(uri)!;
        const fresh = analyzeDocument(uri, text, this.options, { fallbackDate: median, version: ++this.version, previous: doc });
        this.reinstall(doc, fresh);
        if (median) this.remember(uri, text, { dates: new Set([median]), doc: fresh });
      } else if (median) {
        // nothing in it depends on the date: only the source learns its inferred date
        doc.source = { ...doc.source, date: median, dateFrom: "corpus", dateConfidence: 0.4 };
        doc.referenceDate = median;
      }
    }
  }

  /** Puts another reading of the same text, against another date, in place of an article's. */
  private reinstall(doc: DocumentAnalysis, reading: DocumentAnalysis) {
    this.drop(doc.uri);
    if (reading.version <= doc.version) reading.version = ++this.version;
    this.install(reading);
  }

  /**
   * A reading of an undated article that holds against `date` but for the date itself: one kept
   * from an earlier date that reads alike, or the current one when its relative dates resolve alike
   * against both; undefined when it has to be read again.
   */
  private readingAgainst(doc: DocumentAnalysis, date: string): DocumentAnalysis | undefined {
    const text = this.texts.get(doc.uri)!;
    let kept = this.readings.get(doc.uri);
    if (kept?.text !== text) this.readings.set(doc.uri, (kept = { text, list: [] }));
    const known = kept.list.find((r) => r.dates.has(date));
    if (known) {
      this.remember(doc.uri, text, known);
      return known.doc;
    }
    if (doc.source.dateFrom !== "corpus" || !doc.referenceDate) return undefined;
    let current = kept.list.find((r) => r.doc === doc);
    if (!current) this.remember(doc.uri, text, (current = { dates: new Set([doc.referenceDate]), doc }));
    if (!readsAlikeAgainst(doc, doc.referenceDate, date)) return undefined;
    current.dates.add(date);
    return doc;
  }

  /** Keeps a reading of an undated article, first in line; the least recently used goes beyond MAX_READINGS. */
  private remember(uri: string, text: string, reading: Reading) {
    let kept = this.readings.get(uri);
    if (kept?.text !== text) this.readings.set(uri, (kept = { text, list: [] }));
    kept.list = [reading, ...kept.list.filter((r) => r !== reading)].slice(0, MAX_READINGS);
  }

  private entities_(): EntityIndex {
    // built again only when a name key, the name or type shown for one, or an alias pair changed
    if (this.entityIndex?.generation !== this.names.generation()) this.entityIndex = new EntityIndex(this.names, this.spellings);
    return this.entityIndex;
  }

  // ---- queries (each commits first) ----

  uris(): string[] {
    return [...this.texts.keys()].sort();
  }

  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  document(uri: string): DocumentAnalysis | undefined {
    this.commit();
    return this.docs.get(uri);
  }

  sources(): Source[] {
    this.commit();
    return this.uris().map((u) => this.docs.get(u)!.source);
  }

  claimsOf(uri: string): Claim[] {
    return this.document(uri)?.claims ?? [];
  }

  claim(id: string): Claim | undefined {
    this.commit();
    return this.claims.get(id);
  }

  /** Claims whose span contains the offset (innermost first). */
  claimsAt(uri: string, offset: number): Claim[] {
    return this.claimsOf(uri)
      .filter((c) => c.span.start <= offset && offset <= c.span.end)
      .sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
  }

  /** Relations of a claim; for an attribution, the relations of the figures and quotes it credits. */
  relationsOf(claimId: string): Relation[] {
    this.commit();
    const claim = this.claims.get(claimId);
    const ids = claim?.kind === "attribution" ? [claimId, ...claim.covers] : [claimId];
    const out = new Map<string, Relation>();
    for (const id of ids) for (const r of this.relationsOfClaim.get(id) ?? []) out.set(r.id, r);
    return [...out.values()].filter(Boolean);
  }

  /** Every relation between claims of different articles (the pictures show agreeing subjects too). */
  allRelations(): Relation[] {
    this.commit();
    return [...this.relations.values()];
  }

  conflicts(): Conflict[] {
    this.commit();
    return this.conflictCache;
  }

  conflictsOf(uri: string): Conflict[] {
    this.commit();
    return this.conflictsByUri.get(uri) ?? [];
  }

  /** The message for one claim in a conflict, naming the other sources and their values. */
  describe(conflict: Conflict, claimId: string): string {
    return describeClaimIn(conflict, conflict.claims.findIndex((c) => c.id === claimId));
  }

  entities(): Entity[] {
    this.commit();
    return (this.entityCache ??= this.entities_().entities(this.docs.values()));
  }

  events(): CorpusEvent[] {
    this.commit();
    if (!this.eventCache) this.eventCache = findEvents([...this.docs.values()], this.entities_());
    return this.eventCache;
  }
}
