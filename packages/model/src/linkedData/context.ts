/**
 * The JSON-LD context of Corroborate's open format: schema.org for articles and claims, the W3C Web
 * Annotation vocabulary for spans, and a small vocabulary of the project's own for conflicts (schema.org
 * has none). `docs/vocab/context.jsonld` is this object, checked in and compared with it by a test;
 * `docs/vocab/README.md` documents every term.
 */
export const CONTEXT_URL = "https://github.com/corroborate/corroborate/raw/main/docs/vocab/context.jsonld";
export const VOCAB_NS = "https://github.com/corroborate/corroborate/blob/main/docs/vocab/README.md#";

export const JSONLD_CONTEXT = {
  "@context": {
    "@version": 1.1,
    schema: "http://schema.org/",
    oa: "http://www.w3.org/ns/oa#",
    xsd: "http://www.w3.org/2001/XMLSchema#",
    cor: VOCAB_NS,
    id: "@id",
    type: "@type",
    graph: "@graph",
    NewsArticle: "schema:NewsArticle",
    Claim: "schema:Claim",
    Organization: "schema:Organization",
    name: "schema:name",
    headline: "schema:headline",
    datePublished: { "@id": "schema:datePublished", "@type": "xsd:date" },
    publisher: "schema:publisher",
    author: { "@id": "schema:author", "@container": "@set" },
    text: "schema:text",
    appearance: { "@id": "schema:appearance", "@container": "@set" },
    SpecificResource: "oa:SpecificResource",
    TextQuoteSelector: "oa:TextQuoteSelector",
    TextPositionSelector: "oa:TextPositionSelector",
    source: { "@id": "oa:hasSource", "@type": "@id" },
    selector: { "@id": "oa:hasSelector", "@container": "@set" },
    exact: "oa:exact",
    prefix: "oa:prefix",
    suffix: "oa:suffix",
    start: { "@id": "oa:start", "@type": "xsd:nonNegativeInteger" },
    end: { "@id": "oa:end", "@type": "xsd:nonNegativeInteger" },
    Conflict: "cor:Conflict",
    Disagreement: "cor:Disagreement",
    subject: "cor:subject",
    claimKind: "cor:claimKind",
    value: "cor:value",
    attributedTo: { "@id": "cor:attributedTo", "@container": "@set" },
    conflictKind: "cor:conflictKind",
    severity: "cor:severity",
    message: "cor:message",
    involves: { "@id": "cor:involves", "@type": "@id", "@container": "@set" },
    disagreement: { "@id": "cor:disagreement", "@container": "@set" },
    between: { "@id": "cor:between", "@type": "@id", "@container": "@set" },
    relation: "cor:relation",
    explanation: "cor:explanation",
  },
} as const;
