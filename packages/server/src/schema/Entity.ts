import type { Entity } from "@proj/model";
import { builder } from "./builder.js";
import { SourceRef } from "./Source.js";

export const EntityRef = builder.objectRef<Entity>("Entity");

builder.node(EntityRef, {
  description: "A person, organisation or place, with its names merged across articles.",
  id: { resolve: (e) => e.id },
  loadOne: (id, ctx) => ctx.app.corpus.entities().find((e) => e.id === id) ?? null,
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.exposeString("type", { description: "person, organisation, place or other." }),
    aliases: t.exposeStringList("aliases"),
    mentionCount: t.int({ resolve: (e) => e.mentions.length }),
    sources: t.field({
      type: [SourceRef],
      resolve: (e, _, ctx) => [...new Set(e.mentions.map((m) => m.uri))].sort().flatMap((u) => ctx.app.source(u) ?? []),
    }),
  }),
});
