import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { sourceNotFound, type AddSourceResult, type RemoveSourceResult } from "../app.js";
import { builder } from "./builder.js";
import { ConflictRef } from "./Conflict.js";
import { SourceRef } from "./Source.js";
import { UserErrorRef } from "./UserError.js";

builder.mutationType({});

builder.relayMutationField(
  "addSource",
  {
    inputFields: (t) => ({
      text: t.string({ required: true, description: "The article as plain text (UTF-8, at most the server's size limit, 1 MB by default)." }),
      uri: t.string({ description: "Where the article comes from; without one, a uri is made from the text." }),
      title: t.string({ description: "A title, when the first line of the text is not one." }),
    }),
  },
  {
    description: "Analyses and stores an article; says which conflicts it introduced.",
    resolve: (_, { input }, ctx): Promise<AddSourceResult> => ctx.app.addSource(input),
  },
  {
    outputFields: (t) => ({
      source: t.field({ type: SourceRef, nullable: true, resolve: (r) => r.source }),
      introducedConflicts: t.field({ type: [ConflictRef], resolve: (r) => r.introducedConflicts }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (r) => r.userErrors }),
    }),
  },
);

builder.relayMutationField(
  "removeSource",
  {
    inputFields: (t) => ({
      id: t.id({ required: true, description: "The source's global id." }),
    }),
  },
  {
    description: "Removes an article and the conflicts only it took part in.",
    resolve: (_, { input }, ctx): Promise<RemoveSourceResult> => {
      let decoded: { typename: string; id: string };
      try {
        decoded = decodeGlobalID(String(input.id));
      } catch {
        return Promise.resolve(sourceNotFound);
      }
      return decoded.typename === "Source" ? ctx.app.removeSource(decoded.id) : Promise.resolve(sourceNotFound);
    },
  },
  {
    outputFields: (t) => ({
      removedSourceId: t.id({ nullable: true, resolve: (r) => (r.removedUri ? encodeGlobalID("Source", r.removedUri) : null) }),
      removedConflictIds: t.idList({ resolve: (r) => r.removedConflictIds.map((id) => encodeGlobalID("Conflict", id)) }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (r) => r.userErrors }),
    }),
  },
);
