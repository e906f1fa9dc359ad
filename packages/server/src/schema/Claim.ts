import { claimValue, type AttributionClaim, type Attribution, type Claim, type DateClaim, type Interval, type QuantityClaim, type QuoteClaim } from "@proj/model";
import { builder } from "./builder.js";
import { RangeRef, SpanRef } from "./Span.js";
import { SourceRef } from "./Source.js";

export const ClaimKindEnum = builder.enumType("ClaimKind", {
  values: {
    QUANTITY: { value: "quantity" },
    DATE: { value: "date" },
    QUOTE: { value: "quote" },
    ATTRIBUTION: { value: "attribution" },
  } as const,
});

const typeNames = { quantity: "QuantityClaim", date: "DateClaim", quote: "QuoteClaim", attribution: "AttributionClaim" } as const;

const AttributionRef = builder.objectRef<Attribution>("Attribution").implement({
  description: "Who a statement or figure is credited to.",
  fields: (t) => ({
    speaker: t.exposeString("speaker"),
    verb: t.exposeString("verb"),
    hedge: t.exposeString("hedge", { nullable: true }),
    span: t.field({ type: SpanRef, resolve: (a) => a.span }),
  }),
});

const IntervalRef = builder.objectRef<Interval>("Interval").implement({
  description: "Values a figure allows. An open-ended side is null.",
  fields: (t) => ({
    low: t.float({ nullable: true, resolve: (i) => (Number.isFinite(i.low) ? i.low : null) }),
    high: t.float({ nullable: true, resolve: (i) => (Number.isFinite(i.high) ? i.high : null) }),
    lowOpen: t.boolean({ resolve: (i) => i.lowOpen ?? false }),
    highOpen: t.boolean({ resolve: (i) => i.highOpen ?? false }),
  }),
});

const CountedRef = builder.objectRef<QuantityClaim["counted"]>("Counted").implement({
  description: "What a figure counts.",
  fields: (t) => ({
    noun: t.exposeString("noun"),
    thing: t.exposeString("thing", { description: "The class of the noun: synonyms share it." }),
    role: t.exposeString("role", { description: "What happened to the counted things: present, killed, captured…" }),
    modifiers: t.exposeStringList("modifiers"),
    places: t.stringList({ resolve: (c) => c.scope.places }),
    times: t.stringList({ resolve: (c) => c.scope.times }),
  }),
});

export const ClaimRef = builder.interfaceRef<Claim>("Claim").implement({
  description: "Something one article states: a figure, a date, a quote or who said it.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (c) => typeNames[c.kind],
  fields: (t) => ({
    kind: t.field({ type: ClaimKindEnum, resolve: (c) => c.kind }),
    text: t.string({ description: "The claim as written.", resolve: (c) => c.span.text }),
    value: t.string({ description: "The claim in short form: ~11,000, 2024-11-04, the words quoted, the speaker.", resolve: (c) => claimValue(c) }),
    span: t.field({ type: SpanRef, resolve: (c) => c.span }),
    range: t.field({ type: RangeRef, resolve: (c) => c.span.range }),
    sentence: t.string({ resolve: (c) => c.sentence.text }),
    attribution: t.field({ type: AttributionRef, nullable: true, resolve: (c) => c.attribution ?? null }),
    hedge: t.exposeString("hedge", { nullable: true }),
    source: t.field({
      type: SourceRef,
      resolve: (c, _, ctx) => {
        const s = ctx.app.source(c.uri);
        if (!s) throw new Error(`source ${c.uri} is gone`);
        return s;
      },
    }),
  }),
});

const loadClaim =
  <K extends Claim["kind"]>(kind: K) =>
  (id: string, ctx: { app: { corpus: { claim(id: string): Claim | undefined } } }) => {
    const c = ctx.app.corpus.claim(id);
    return c?.kind === kind ? (c as Extract<Claim, { kind: K }>) : null;
  };

builder.node(builder.objectRef<QuantityClaim>("QuantityClaim"), {
  interfaces: [ClaimRef],
  id: { resolve: (c) => c.id },
  loadOne: loadClaim("quantity"),
  isTypeOf: (c) => (c as Claim).kind === "quantity",
  fields: (t) => ({
    number: t.exposeFloat("value", { description: "The figure as stated (the middle of a range)." }),
    display: t.exposeString("display"),
    stated: t.field({ type: IntervalRef, description: "The values as written, before tolerance.", resolve: (c) => c.stated }),
    interval: t.field({ type: IntervalRef, description: "The values the wording allows, after tolerance.", resolve: (c) => c.interval }),
    qualifier: t.exposeString("qualifier", { nullable: true }),
    approximate: t.exposeBoolean("approximate"),
    unit: t.exposeString("unit", { nullable: true }),
    counted: t.field({ type: CountedRef, resolve: (c) => c.counted }),
  }),
});

builder.node(builder.objectRef<DateClaim>("DateClaim"), {
  interfaces: [ClaimRef],
  id: { resolve: (c) => c.id },
  loadOne: loadClaim("date"),
  isTypeOf: (c) => (c as Claim).kind === "date",
  fields: (t) => ({
    display: t.exposeString("display"),
    start: t.string({ nullable: true, description: "First day (ISO), when the date can be placed.", resolve: (c) => c.resolved?.start ?? null }),
    end: t.string({ nullable: true, description: "Last day (ISO), inclusive.", resolve: (c) => c.resolved?.end ?? null }),
    granularity: t.string({ nullable: true, resolve: (c) => c.resolved?.granularity ?? null }),
    relative: t.exposeBoolean("relative", { description: "The date depends on the article's own date." }),
    confidence: t.exposeFloat("confidence"),
    event: t.exposeStringList("event", { description: "What happened on that date: the happening's class, then participant keys." }),
  }),
});

builder.node(builder.objectRef<QuoteClaim>("QuoteClaim"), {
  interfaces: [ClaimRef],
  id: { resolve: (c) => c.id },
  loadOne: loadClaim("quote"),
  isTypeOf: (c) => (c as Claim).kind === "quote",
  fields: (t) => ({
    quote: t.exposeString("quote", { description: "The words quoted, without the marks." }),
    form: t.exposeString("form", { description: "direct, partial or block." }),
  }),
});

builder.node(builder.objectRef<AttributionClaim>("AttributionClaim"), {
  interfaces: [ClaimRef],
  id: { resolve: (c) => c.id },
  loadOne: loadClaim("attribution"),
  isTypeOf: (c) => (c as Claim).kind === "attribution",
  fields: (t) => ({
    speaker: t.string({ resolve: (c) => c.attribution.speaker }),
    covers: t.field({
      type: [ClaimRef],
      description: "The figures, dates and quotes this attribution credits.",
      resolve: (c, _, ctx) => c.covers.map((id) => ctx.app.corpus.claim(id)).filter((x): x is Claim => !!x),
    }),
  }),
});
