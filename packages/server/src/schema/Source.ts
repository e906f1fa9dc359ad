import type { Source } from "@proj/model";
import { builder } from "./builder.js";
import { ClaimRef } from "./Claim.js";
import { ConflictRef } from "./Conflict.js";

export const SourceRef = builder.objectRef<Source>("Source");

builder.node(SourceRef, {
  description: "One article, as the engine reads it.",
  id: { resolve: (s) => s.uri },
  loadOne: (uri, ctx) => ctx.app.source(uri) ?? null,
  fields: (t) => ({
    uri: t.exposeString("uri"),
    title: t.exposeString("title", { nullable: true }),
    date: t.exposeString("date", { nullable: true, description: "Publication date (ISO), as found by `dateFrom`." }),
    dateFrom: t.exposeString("dateFrom", { description: "dateline, text, corpus or none." }),
    publisher: t.exposeString("publisher", { nullable: true }),
    authors: t.exposeStringList("authors"),
    cites: t.exposeStringList("cites", { description: "Outlets the article cites." }),
    length: t.exposeInt("length", { description: "Length of the text in UTF-16 code units." }),
    text: t.string({ resolve: (s, _, ctx) => ctx.app.corpus.text(s.uri) ?? "" }),
    claims: t.field({
      type: [ClaimRef],
      args: { onlyConflicting: t.arg.boolean({ description: "Only the claims that take part in a conflict." }) },
      resolve: (s, args, ctx) => (args.onlyConflicting ? ctx.catalog.claims({ uri: s.uri, onlyConflicting: true }).map((c) => c.node) : ctx.app.corpus.claimsOf(s.uri)),
    }),
    addedAt: t.loadable({
      type: "String",
      description: "When the article was stored (ISO 8601), from the store: one query for every source of a response.",
      load: async (uris: string[], ctx) => {
        const stored = new Map((await ctx.app.store.articles(uris)).map((a) => [a.uri, a.addedAt.toISOString()]));
        return uris.map((u) => stored.get(u) ?? new Error(`source ${u} is not stored`));
      },
      resolve: (s) => s.uri,
    }),
    conflicts: t.field({
      type: [ConflictRef],
      description: "Conflicts with a claim of this article.",
      resolve: (s, _, ctx) => ctx.app.corpus.conflictsOf(s.uri),
    }),
  }),
});
