/**
 * The open format: the claims that sources state in common as schema.org `Claim`s, each with an
 * `appearance` per place an article states it (a Web Annotation `SpecificResource` with a
 * `TextQuoteSelector` and a `TextPositionSelector`), the articles as `NewsArticle`s, and the engine's
 * conflicts in the project's vocabulary. Built from the same view data as the pictures.
 */
import type { Corpus } from "../corpus.js";
import { stableId } from "../describe/conflicts.js";
import type { Claim } from "../types.js";
import { compareSources, type CellClaim, type CompareOptions, type Comparison } from "../views/compareSources.js";
import { CONTEXT_URL } from "./context.js";

type Node = Record<string, unknown>;

/** Characters of text around a quote, so that a reader can find it again in a changed copy. */
const AFFIX = 32;

export interface JsonLdOptions extends CompareOptions {
  /** The view data, when the caller has it already. */
  comparison?: Comparison;
}

export function toJsonLd(corpus: Corpus, opts: JsonLdOptions = {}): { "@context": string; graph: Node[] } {
  const cmp = opts.comparison ?? compareSources(corpus, opts);
  const articles: Node[] = cmp.sources.map((s) => {
    const doc = corpus.document(s.uri)?.source;
    return compact({
      id: s.uri,
      type: "NewsArticle",
      name: s.path,
      headline: s.title,
      datePublished: s.date?.slice(0, 10),
      publisher: s.publisher ? { type: "Organization", name: s.publisher } : undefined,
      author: doc?.authors.length ? doc.authors : undefined,
    });
  });

  const texts = new Map<string, { text: string; astral: boolean }>();
  const textOf = (uri: string) => {
    let t = texts.get(uri);
    if (!t) {
      const text = corpus.text(uri) ?? "";
      texts.set(uri, (t = { text, astral: /[\uD800-\uDFFF]/.test(text) }));
    }
    return t;
  };
  const appearance = (c: CellClaim): Node => {
    const { text, astral } = textOf(c.uri);
    // Web Annotation counts code points; the engine's offsets are UTF-16 code units
    const points = (n: number) => (astral ? [...text.slice(0, n)].length : n);
    return {
      type: "SpecificResource",
      source: c.uri,
      selector: [
        compact({ type: "TextQuoteSelector", exact: c.text, prefix: whole(text, c.start - AFFIX, c.start) || undefined, suffix: whole(text, c.end, c.end + AFFIX) || undefined }),
        { type: "TextPositionSelector", start: points(c.start), end: points(c.end) },
      ],
    };
  };

  // one Claim per thing stated and value: the places that state it are its appearances
  const claims = new Map<string, Node & { appearance: Node[] }>();
  const nodeOf = new Map<string, string>();
  const add = (subject: string, kind: string, c: CellClaim, speaker: string | undefined) => {
    const id = `urn:corroborate:${stableId("claim", [subject, c.value])}`;
    let node = claims.get(id);
    if (!node) {
      node = { id, type: "Claim", subject, claimKind: kind, value: c.value, text: `${capital(subject)}: ${c.value}`, appearance: [] };
      claims.set(id, node);
    }
    node.appearance.push(appearance(c));
    if (speaker) {
      const who = (node.attributedTo ??= []) as string[];
      if (!who.includes(speaker)) who.push(speaker);
    }
    nodeOf.set(c.claimId, id);
  };
  const speakerOf = (c: Claim | undefined) => (c?.kind === "attribution" ? undefined : c?.attribution?.speaker);
  for (const event of cmp.events)
    for (const row of event.rows)
      for (const cell of row.cells) for (const c of cell.claims) add(row.subject, row.kind, c, speakerOf(corpus.claim(c.claimId)));

  const conflicts: Node[] = [];
  for (const conflict of corpus.conflicts()) {
    if (opts.ignore?.has(conflict.id)) continue;
    // a finding of one article alone (a weekday against its date) has no row: its claims get nodes here
    for (const c of conflict.claims)
      if (!nodeOf.has(c.id)) add(conflict.subject, c.kind, { ...c.span, claimId: c.id, uri: c.uri, path: c.uri, value: valueOf(c) }, speakerOf(c));
    const pairs = new Map<string, Node>();
    for (const [i, j] of conflict.disagreements) {
      const [a, b] = [conflict.claims[i], conflict.claims[j]];
      const between = [nodeOf.get(a.id)!, nodeOf.get(b.id)!].sort();
      if (between[0] === between[1] || pairs.has(between.join(" "))) continue;
      const relation = conflict.relations.find((r) => (r.a === a.id && r.b === b.id) || (r.a === b.id && r.b === a.id));
      pairs.set(between.join(" "), compact({ type: "Disagreement", between, relation: relation?.kind, explanation: relation?.explanation }));
    }
    conflicts.push({
      id: `urn:corroborate:conflict:${conflict.id}`,
      type: "Conflict",
      conflictKind: conflict.kind,
      subject: conflict.subject,
      message: conflict.message,
      severity: conflict.severity,
      involves: [...new Set(conflict.claims.map((c) => nodeOf.get(c.id)!))],
      disagreement: [...pairs.values()],
    });
  }
  return { "@context": CONTEXT_URL, graph: [...articles, ...claims.values(), ...conflicts] };
}

function valueOf(c: Claim): string {
  return c.kind === "quote" ? c.quote : c.kind === "attribution" ? c.attribution.speaker : c.display;
}

/** A slice that does not cut a surrogate pair in two. */
function whole(text: string, from: number, to: number): string {
  let a = Math.max(0, from);
  let b = Math.min(text.length, to);
  if (a > 0 && /[\uDC00-\uDFFF]/.test(text[a])) a++;
  if (b < text.length && /[\uDC00-\uDFFF]/.test(text[b])) b--;
  return text.slice(a, b);
}

function compact(node: Node): Node {
  for (const k of Object.keys(node)) if (node[k] === undefined) delete node[k];
  return node;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
