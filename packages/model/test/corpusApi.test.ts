import { describe, expect, it } from "vitest";
import { Corpus } from "../src/index.js";

const a = "Ferry Count\nMarch 14, 2024\n\nThe coastguard said about 300 passengers were on board the ferry in the Tavel Strait.\n";
const b = "Ferry Count\nMarch 14, 2024\n\nThe port authority said about 450 passengers were on board the ferry in the Tavel Strait.\n";

describe("staged removal", () => {
  it("delete stages, commit relates once and reports the other file as changed", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.set("b.txt", b);
    expect(corpus.conflicts()).toHaveLength(1);
    expect(corpus.delete("b.txt")).toBe(true);
    expect(corpus.delete("missing.txt")).toBe(false);
    const change = corpus.commit();
    expect(change.changedUris).toEqual(["a.txt", "b.txt"]);
    expect(change.removedConflicts).toHaveLength(1);
    expect(corpus.conflicts()).toHaveLength(0);
    expect(corpus.uris()).toEqual(["a.txt"]);
  });
});

describe("relations of an attribution", () => {
  it("are the relations of the figures it credits", () => {
    const corpus = new Corpus();
    corpus.set("a.txt", a);
    corpus.set("b.txt", b);
    const attribution = corpus.claimsOf("a.txt").find((c) => c.kind === "attribution");
    expect(attribution?.kind).toBe("attribution");
    const relations = corpus.relationsOf(attribution!.id);
    expect(relations.map((r) => r.kind)).toContain("conflicts");
  });
});
