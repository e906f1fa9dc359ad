import { Corpus } from "@proj/model";
import { describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver";
import { conflictDiagnostics, notAnalysedDiagnostic } from "../src/server/diagnostics.js";
import { claimHover, invert, renderDiff } from "../src/server/hover.js";
import { escapeMarkdown } from "../src/server/markdown.js";
import { defaultSettings } from "../src/shared/settings.js";

const A = "file:///w/a.txt";
const B = "file:///w/b.txt";
const C = "file:///w/c.txt";

function lorvik(): Corpus {
  const corpus = new Corpus();
  corpus.set(A, "Evacuations in Lorvik\nMarch 4, 2025\nOfficials said about 4,000 people were evacuated from Lorvik on Tuesday.\n");
  corpus.set(B, "Fire near Lorvik\nMarch 5, 2025\nAround 6,500 people were evacuated from Lorvik, the fire service said.\n");
  corpus.set(C, "Lorvik fire\nMarch 5, 2025\nAbout 4,100 people were evacuated from Lorvik, officials said.\n");
  return corpus;
}

describe("conflictDiagnostics", () => {
  it("puts one diagnostic on the claim's span, with the kind's severity and links to the other files", () => {
    const corpus = lorvik();
    const [d] = conflictDiagnostics(corpus.conflictsOf(A), A, defaultSettings);
    expect(d.range).toEqual(corpus.claimsOf(A).find((c) => c.kind === "quantity")!.span.range);
    expect(d.severity).toBe(DiagnosticSeverity.Warning);
    expect(d.code).toBe("quantity");
    expect(d.relatedInformation?.map((r) => [r.location.uri, r.message])).toEqual([
      [B, expect.stringMatching(/“Around 6,500” in b\.txt \(contradicts this\)/)],
      [C, expect.stringMatching(/“About 4,100” in c\.txt \(compatible\)/)],
    ]);
    const hinted = conflictDiagnostics(corpus.conflictsOf(A), A, { ...defaultSettings, severity: { ...defaultSettings.severity, quantity: "hint" } });
    expect(hinted[0].severity).toBe(DiagnosticSeverity.Hint);
  });

  it("says why a file was not analysed, at its start", () => {
    expect(notAnalysedDiagnostic("it looks binary")).toMatchObject({ severity: DiagnosticSeverity.Information, range: { start: { line: 0, character: 0 } }, message: expect.stringMatching(/did not analyse.*binary/) });
  });
});

describe("claimHover", () => {
  it("lists how each other source stands to the claim, conflicts first", () => {
    const corpus = lorvik();
    const text = corpus.text(B)!;
    const hover = claimHover(corpus, B, text.indexOf("6,500"));
    const md = (hover!.contents as { value: string }).value;
    expect(md.indexOf("**conflicts**")).toBeGreaterThan(0);
    expect(md).toContain("**conflicts**: “about 4,000” (\\~4,000) in [a.txt:3](file:///w/a.txt#L3)");
    expect(md).toMatch(/Credited to \*\*(the )?fire service\*\*/);
    expect(claimHover(corpus, B, 0)).toBeNull();
  });
});

describe("renderDiff", () => {
  const diff = [
    { op: "same", text: "russian" },
    { op: "removed", text: "forces" },
    { op: "added", text: "troops" },
    { op: "same", text: "and" },
  ] as const;

  it("strikes this source's words and bolds the other's", () => {
    expect(renderDiff([...diff])).toBe("russian ~~forces~~ **troops** and");
  });

  it("reads from the other side when the claim is the relation's second", () => {
    expect(renderDiff(invert([...diff]))).toBe("russian ~~troops~~ **forces** and");
  });

  it("escapes markdown in article text", () => {
    expect(escapeMarkdown("a *b* [c](d) ~e~ <i>")).toBe("a \\*b\\* \\[c\\](d) \\~e\\~ \\<i\\>");
    expect(escapeMarkdown("_x_ in 001_146c.txt")).toBe("\\_x\\_ in 001_146c.txt");
  });
});
