import type { Claim, Corpus } from "@proj/model";
import type { InlayHint, Range } from "vscode-languageserver";

/**
 * After each relative date ("Thursday", "last August") the calendar date the engine resolved it
 * to, against the article's own date: ` (2025-01-09)`. Explicit dates get none; their text is the date.
 */
export function dateInlayHints(corpus: Corpus, uri: string, range: Range): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const c of corpus.claimsOf(uri)) {
    if (c.kind !== "date" || !c.relative || !c.resolved || c.display === c.span.text) continue;
    if (!within(c, range)) continue;
    hints.push({
      position: c.span.range.end,
      label: ` (${c.display})`,
      tooltip: `“${c.span.text}” resolves to ${c.display}, counted from the article's own date.`,
    });
  }
  return hints;
}

function within(c: Claim, range: Range): boolean {
  const end = c.span.range.end;
  const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, end) && before(end, range.end);
}
