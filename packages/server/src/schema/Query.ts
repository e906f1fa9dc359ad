import { resolveArrayConnection } from "@pothos/plugin-relay";
import { builder, PAGE } from "./builder.js";
import { ConflictKindEnum, ConflictRef } from "./Conflict.js";
import { EntityRef } from "./Entity.js";
import { EventRef } from "./Event.js";
import { SourceRef } from "./Source.js";

builder.queryType({
  fields: (t) => ({
    sources: t.connection(
      {
        type: SourceRef,
        description: "Every article, in uri order.",
        resolve: (_, args, ctx) => resolveArrayConnection({ args, ...PAGE }, ctx.app.sources()),
      },
      { name: "SourceConnection" },
      { name: "SourceEdge" },
    ),
    source: t.field({
      type: SourceRef,
      nullable: true,
      args: { uri: t.arg.string({ required: true }) },
      resolve: (_, { uri }, ctx) => ctx.app.source(uri) ?? null,
    }),
    conflicts: t.connection(
      {
        type: ConflictRef,
        description: "Conflicts across the articles, optionally of one kind or involving one source.",
        args: {
          kind: t.arg({ type: ConflictKindEnum }),
          sourceUri: t.arg.string({ description: "Only conflicts with a claim of this article." }),
        },
        resolve: (_, args, ctx) => {
          const all = args.sourceUri ? ctx.app.corpus.conflictsOf(args.sourceUri) : ctx.app.corpus.conflicts();
          return resolveArrayConnection({ args, ...PAGE }, args.kind ? all.filter((c) => c.kind === args.kind) : all);
        },
      },
      { name: "ConflictConnection" },
      { name: "ConflictEdge" },
    ),
    entities: t.connection(
      {
        type: EntityRef,
        description: "People, organisations and places the articles name.",
        resolve: (_, args, ctx) => resolveArrayConnection({ args, ...PAGE }, ctx.app.corpus.entities()),
      },
      { name: "EntityConnection" },
      { name: "EntityEdge" },
    ),
    events: t.connection(
      {
        type: EventRef,
        description: "Happenings that several articles report.",
        resolve: (_, args, ctx) => resolveArrayConnection({ args, ...PAGE }, ctx.app.corpus.events()),
      },
      { name: "EventConnection" },
      { name: "EventEdge" },
    ),
  }),
});
