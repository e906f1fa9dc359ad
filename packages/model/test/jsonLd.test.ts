// The open format against its JSON-LD context: expanded offline with the checked-in context, in
// jsonld's safe mode (which fails on any term or value it would drop), every property an IRI.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import jsonld from "jsonld";
import { beforeAll, describe, expect, it } from "vitest";
import { CONTEXT_URL, Corpus, JSONLD_CONTEXT, toJsonLd } from "../src/index.js";

const REPO = fileURLToPath(new URL("../../..", import.meta.url));
const CHECKED_IN = JSON.parse(readFileSync(join(REPO, "docs/vocab/context.jsonld"), "utf8"));

/** Serves the checked-in context for its URL and refuses everything else: no network. */
const documentLoader = async (url: string) => {
  if (url !== CONTEXT_URL) throw new Error(`test loader: no document ${url}`);
  return { contextUrl: null, documentUrl: url, document: CHECKED_IN };
};

type Json = null | string | number | boolean | Json[] | { [k: string]: Json };

let corpus: Corpus;
let doc: ReturnType<typeof toJsonLd>;
let expanded: Json[];
beforeAll(async () => {
  corpus = new Corpus();
  const dir = join(REPO, "seeds");
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) corpus.set(`file:///seeds/${f}`, readFileSync(join(dir, f), "utf8"));
  doc = toJsonLd(corpus);
  expanded = await jsonld.expand(doc as object, { documentLoader, safe: true });
});

const walk = (v: Json, visit: (o: { [k: string]: Json }) => void) => {
  if (Array.isArray(v)) v.forEach((x) => walk(x, visit));
  else if (v && typeof v === "object") {
    visit(v);
    Object.values(v).forEach((x) => walk(x, visit));
  }
};

describe("toJsonLd", () => {
  it("uses the context checked in under docs/vocab", () => {
    expect(CHECKED_IN).toEqual(JSON.parse(JSON.stringify(JSONLD_CONTEXT)));
  });

  it("defines every key it writes in the context", () => {
    const terms = new Set(Object.keys(JSONLD_CONTEXT["@context"]));
    const used = new Set<string>();
    walk(doc as unknown as Json, (o) => Object.keys(o).forEach((k) => k !== "@context" && used.add(k)));
    expect([...used].filter((k) => !terms.has(k))).toEqual([]);
  });

  it("expands without loss, every property and type an absolute IRI", () => {
    const namespaces = /^(http:\/\/schema\.org\/|http:\/\/www\.w3\.org\/ns\/oa#|https:\/\/github\.com\/corroborate\/corroborate\/blob\/main\/docs\/vocab\/README\.md#|http:\/\/www\.w3\.org\/2001\/XMLSchema#)/;
    walk(expanded, (o) => {
      for (const k of Object.keys(o)) if (!k.startsWith("@")) expect(k).toMatch(namespaces);
      const types = o["@type"];
      if (types && !("@value" in o)) for (const t of types as string[]) expect(t).toMatch(namespaces);
    });
    // a top-level graph with no other property expands to its nodes: one for each written
    expect(expanded.length).toBe(doc.graph.length);
  });

  it("gives each claim an appearance per place it is stated, with a quote and a position selector that match the article", () => {
    const claims = doc.graph.filter((n) => n.type === "Claim") as { appearance: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] }[] }[];
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims)
      for (const a of claim.appearance) {
        const text = corpus.text(a.source)!;
        const quote = a.selector.find((s) => s.type === "TextQuoteSelector")!;
        const position = a.selector.find((s) => s.type === "TextPositionSelector")!;
        // positions count code points, as the Web Annotation model says
        expect([...text].slice(position.start, position.end).join("")).toBe(quote.exact);
      }
  });

  it("states each engine conflict between the claims that disagree", () => {
    const conflicts = doc.graph.filter((n) => n.type === "Conflict") as { id: string; involves: string[]; disagreement: { between: string[] }[] }[];
    expect(conflicts.map((c) => c.id).sort()).toEqual(corpus.conflicts().map((c) => `urn:corroborate:conflict:${c.id}`).sort());
    const ids = new Set(doc.graph.map((n) => n.id));
    for (const c of conflicts) {
      expect(c.disagreement.length).toBeGreaterThan(0);
      for (const d of c.disagreement) for (const id of d.between) expect(ids.has(id) && c.involves.includes(id)).toBe(true);
    }
  });

  it("turns into RDF with typed offsets", async () => {
    const nquads: string = await jsonld.toRDF(doc as object, { documentLoader, format: "application/n-quads", safe: true });
    expect(nquads).toMatch(/<http:\/\/www\.w3\.org\/ns\/oa#start> "\d+"\^\^<http:\/\/www\.w3\.org\/2001\/XMLSchema#nonNegativeInteger>/);
    expect(nquads).toContain("<http://schema.org/appearance>");
  });
});
