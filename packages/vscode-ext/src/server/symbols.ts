import { claimValue, type Claim, type Corpus } from "@proj/model";
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from "vscode-languageserver";

const GROUPS: { kind: Claim["kind"]; name: string; symbol: SymbolKind }[] = [
  { kind: "quantity", name: "Figures", symbol: SymbolKind.Number },
  { kind: "date", name: "Dates", symbol: SymbolKind.Event },
  { kind: "quote", name: "Quotes", symbol: SymbolKind.String },
  { kind: "attribution", name: "Attributions", symbol: SymbolKind.Key },
];

/** A claim named by its text and, when it says more, its value: “last August: 2024-08”. */
export function claimSymbolName(c: Claim): string {
  const text = short(c.span.text);
  const value = claimValue(c);
  return c.kind === "quote" || value === c.span.text ? text : `${text}: ${short(value)}`;
}

/**
 * The article's outline: its claims grouped by kind (figures, dates, quotes, attributions), in
 * the order they appear. Clients without hierarchical symbols get a flat list with the group as
 * container.
 */
export function documentSymbols(corpus: Corpus, uri: string, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const claims = [...corpus.claimsOf(uri)].sort((a, b) => a.span.start - b.span.start);
  if (!hierarchical) {
    return GROUPS.flatMap((g) =>
      claims.filter((c) => c.kind === g.kind).map((c) => ({ name: claimSymbolName(c), kind: g.symbol, containerName: g.name, location: { uri, range: c.span.range } })),
    );
  }
  const out: DocumentSymbol[] = [];
  for (const g of GROUPS) {
    const members = claims.filter((c) => c.kind === g.kind);
    if (!members.length) continue;
    const children = members.map((c) => ({ name: claimSymbolName(c), kind: g.symbol, range: c.span.range, selectionRange: c.span.range }));
    const end = members.reduce((last, c) => (c.span.end > last.span.end ? c : last)).span.range.end;
    out.push({
      name: g.name,
      detail: `${members.length}`,
      kind: SymbolKind.Namespace,
      range: { start: members[0].span.range.start, end },
      selectionRange: members[0].span.range,
      children,
    });
  }
  return out;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > 80 ? one.slice(0, 77) + "…" : one;
}
