import type { Position, Span } from "@proj/model";
import { builder } from "./builder.js";

export const PositionRef = builder.objectRef<Position>("Position").implement({
  description: "A position as the Language Server Protocol counts it: 0-based line, UTF-16 code units.",
  fields: (t) => ({
    line: t.exposeInt("line"),
    character: t.exposeInt("character"),
  }),
});

export const RangeRef = builder.objectRef<Span["range"]>("Range").implement({
  fields: (t) => ({
    start: t.field({ type: PositionRef, resolve: (r) => r.start }),
    end: t.field({ type: PositionRef, resolve: (r) => r.end }),
  }),
});

export const SpanRef = builder.objectRef<Span>("Span").implement({
  description: "A piece of one article: UTF-16 offsets into its text as given (a BOM counts), its range and its text.",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    text: t.exposeString("text"),
    range: t.field({ type: RangeRef, resolve: (s) => s.range }),
  }),
});
