import { filter, map, pipe } from "graphql-yoga";
import type { ConflictsAdded } from "../app.js";
import { builder } from "./builder.js";
import { ConflictKindEnum, ConflictRef } from "./Conflict.js";
import { SourceRef } from "./Source.js";

const ConflictsAddedRef = builder.objectRef<ConflictsAdded>("ConflictsAdded").implement({
  description: "Conflicts one write introduced, announced by every server process sharing the store.",
  fields: (t) => ({
    sequence: t.int({ description: "The write's number in the store's change log.", resolve: (e) => e.seq }),
    sources: t.field({ type: [SourceRef], description: "The articles the write added.", resolve: (e) => e.sources }),
    conflicts: t.field({ type: [ConflictRef], resolve: (e) => e.conflicts }),
  }),
});

builder.subscriptionType({
  fields: (t) => ({
    conflictsAdded: t.field({
      type: ConflictsAddedRef,
      description: "Each time added articles introduce conflicts (over server-sent events: POST with Accept: text/event-stream).",
      args: { kind: t.arg({ type: ConflictKindEnum, description: "Only conflicts of this kind; writes with none are not announced." }) },
      subscribe: (_, { kind }, ctx) =>
        pipe(
          ctx.app.events.subscribe("conflictsAdded"),
          map((e: ConflictsAdded) => (kind ? { ...e, conflicts: e.conflicts.filter((c) => c.kind === kind) } : e)),
          filter((e: ConflictsAdded) => e.conflicts.length > 0),
        ),
      resolve: (e) => e,
    }),
  }),
});
