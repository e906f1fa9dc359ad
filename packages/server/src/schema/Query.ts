import type { Conflict } from "@proj/model";
import { keysetPage, type ClaimFilter } from "../catalog.js";
import { builder } from "./builder.js";
import { ClaimKindEnum, ClaimRef } from "./Claim.js";
import { ConflictKindEnum, ConflictRef } from "./Conflict.js";
import { EntityRef } from "./Entity.js";
import { EventRef } from "./Event.js";
import { SourceRef } from "./Source.js";

interface ClaimFilterArgs {
  kind?: ClaimFilter["kind"];
  source?: { id: string } | null;
  event?: { id: string } | null;
  entity?: { id: string } | null;
  onlyConflicting?: boolean | null;
}
const claimFilter = (args: ClaimFilterArgs): ClaimFilter => ({
  kind: args.kind,
  uri: args.source?.id,
  eventId: args.event?.id,
  entityId: args.entity?.id,
  onlyConflicting: args.onlyConflicting,
});

const ClaimConnection = builder.connectionObject({ type: ClaimRef, name: "ClaimConnection" }, { name: "ClaimEdge" });

/*
 * Lists are keyset connections: a cursor holds the key of the item it points at, not an offset, so
 * it keeps its place when sources are added or removed before it. Filters narrow a list before paging.
 */
builder.queryType({
  fields: (t) => {
    const eventArg = () => t.arg.globalID({ for: EventRef, description: "Only what belongs to the articles of this event." });
    const entityArg = () => t.arg.globalID({ for: EntityRef, description: "Only what stands in a sentence naming this entity, or is credited to it." });
    const sourceArg = () => t.arg.globalID({ for: SourceRef, description: "Only what this article says." });
    const onlyConflictingArg = () => t.arg.boolean({ description: "Only claims (or sources) that take part in a conflict." });
    // the filters of the two claim lists (`claims` and `search`)
    const claimFilterArgs = () => ({
      kind: t.arg({ type: ClaimKindEnum }),
      source: sourceArg(),
      event: eventArg(),
      entity: entityArg(),
      onlyConflicting: onlyConflictingArg(),
    });
    return {
      sources: t.connection(
        {
          type: SourceRef,
          description: "Every article, in uri order.",
          args: { event: eventArg(), entity: entityArg(), onlyConflicting: onlyConflictingArg() },
          resolve: (_, args, ctx) =>
            keysetPage(ctx.catalog.sources({ eventId: args.event?.id, entityId: args.entity?.id, onlyConflicting: args.onlyConflicting }), args),
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
          description: "Conflicts across the articles in reading order (by their first claim), optionally filtered.",
          args: {
            kind: t.arg({ type: ConflictKindEnum }),
            sourceUri: t.arg.string({ description: "Only conflicts with a claim of the article with this uri." }),
            source: sourceArg(),
            event: eventArg(),
            entity: entityArg(),
          },
          resolve: (_, args, ctx) => {
            // two different articles named by the two source arguments: no conflict is "of" both
            if (args.source && args.sourceUri && args.source.id !== args.sourceUri) return keysetPage<Conflict>([], args);
            const uri = args.source?.id ?? args.sourceUri;
            return keysetPage(ctx.catalog.conflicts({ kind: args.kind, uri, eventId: args.event?.id, entityId: args.entity?.id }), args);
          },
        },
        { name: "ConflictConnection" },
        { name: "ConflictEdge" },
      ),
      claims: t.field({
        type: ClaimConnection,
        description: "Every claim of every article in reading order (by article uri, then position), optionally filtered.",
        args: { ...t.arg.connectionArgs(), ...claimFilterArgs() },
        resolve: (_, args, ctx) => keysetPage(ctx.catalog.claims(claimFilter(args)), args),
      }),
      search: t.field({
        type: ClaimConnection,
        description: "Claims whose sentence or value holds every word of the query (case-insensitive), in reading order.",
        args: { ...t.arg.connectionArgs(), query: t.arg.string({ required: true }), ...claimFilterArgs() },
        resolve: (_, args, ctx) => keysetPage(ctx.catalog.search(args.query, claimFilter(args)), args),
      }),
      entities: t.connection(
        {
          type: EntityRef,
          description: "People, organisations and places the articles name, by name.",
          resolve: (_, args, ctx) => keysetPage(ctx.catalog.entities(), args),
        },
        { name: "EntityConnection" },
        { name: "EntityEdge" },
      ),
      events: t.connection(
        {
          type: EventRef,
          description: "Happenings that several articles report, by date.",
          resolve: (_, args, ctx) => keysetPage(ctx.catalog.events(), args),
        },
        { name: "EventConnection" },
        { name: "EventEdge" },
      ),
    };
  },
});
