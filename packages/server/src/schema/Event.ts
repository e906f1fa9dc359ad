import type { CorpusEvent, SubEvent } from "@proj/model";
import { builder } from "./builder.js";
import { SourceRef } from "./Source.js";

const SubEventRef = builder.objectRef<SubEvent>("SubEvent").implement({
  description: "A dated happening within an event (a capture, an offensive).",
  fields: (t) => ({
    what: t.exposeString("what"),
    date: t.exposeString("date", { nullable: true }),
    places: t.exposeStringList("places"),
    sources: t.field({ type: [SourceRef], resolve: (e, _, ctx) => e.sources.flatMap((u) => ctx.app.source(u) ?? []) }),
  }),
});

export const EventRef = builder.objectRef<CorpusEvent>("Event");

builder.node(EventRef, {
  description: "A happening that several articles report.",
  id: { resolve: (e) => e.id },
  loadOne: (id, ctx) => ctx.app.corpus.events().find((e) => e.id === id) ?? null,
  fields: (t) => ({
    title: t.exposeString("title"),
    date: t.exposeString("date", { nullable: true }),
    participants: t.exposeStringList("participants"),
    places: t.exposeStringList("places"),
    sources: t.field({ type: [SourceRef], resolve: (e, _, ctx) => e.sources.flatMap((u) => ctx.app.source(u) ?? []) }),
    subEvents: t.field({ type: [SubEventRef], resolve: (e) => e.subEvents }),
  }),
});
