/**
 * Side clauses of a sentence: stretches set off from its own clause that tell something else about a
 * noun (", which was founded in March 2019,", ", founded in 2019,", ", a firm set up in June 2018,",
 * "(opened in June 2021)", "— which opened in May —"), and a contrast (", even as revenue climbed 8% last
 * year"). A date inside one is the time of that clause,
 * not of the figures outside it. Offsets are into the sentence; `masked` are spans (dates) whose
 * commas do not close a clause ("March 3, 2019").
 */
const COMMA_OPENER =
  /,\s+(?:(?:which|who|whom|whose|where|even\s+as|whereas|although|though)\b|(?:(?:which|that)\s+(?:was|were)\s+)?(?:founded|established|formed|created|set\s+up|opened|built|launched|incorporated|acquired|bought|listed|floated|privati[sz]ed|nationali[sz]ed|elected|appointed|named|hired|born)\s+(?:(?:in|on|by|at|last|this|during)\b|\d|\p{Lu})|(?:a|an)\s)/giu;
const DASH = /\s(?:—|–|--)\s/g;

export function sideClauses(sentence: string, masked: readonly { start: number; end: number }[]): [number, number][] {
  const out: [number, number][] = [];
  const inMask = (i: number) => masked.some((m) => i >= m.start && i < m.end);
  if (sentence.includes(",")) {
    for (const m of sentence.matchAll(COMMA_OPENER)) {
      const from = m.index! + 1;
      let to = sentence.length;
      for (let i = from + 1; i < sentence.length; i++) {
        const ch = sentence[i];
        // a bracket inside the clause is part of it: ", even as revenue climbed to £4.6bn ($5.8bn) last year"
        if (ch === "(") {
          const close = sentence.indexOf(")", i);
          if (close > 0 && !sentence.slice(i, close).includes(",")) {
            i = close;
            continue;
          }
        }
        if ((ch === "," && !/\d/.test(sentence[i + 1] ?? "") && !inMask(i)) || ch === "(" || ch === ";" || ((ch === "—" || ch === "–") && /\s/.test(sentence[i - 1]))) {
          to = i;
          break;
        }
      }
      out.push([from, to]);
    }
  }
  if (sentence.includes("(")) {
    for (const m of sentence.matchAll(/\(([^()]{1,200})\)/g)) out.push([m.index!, m.index! + m[0].length]);
  }
  if (/[—–]|--/.test(sentence)) {
    const dashes = [...sentence.matchAll(DASH)].map((m) => m.index!);
    for (let i = 0; i + 1 < dashes.length; i += 2) out.push([dashes[i], dashes[i + 1] + 1]);
  }
  return out;
}

/** Whether a date at `date` says when the figure at `figure` was: every side clause holding the date holds the figure too. */
export function sameClause(sides: readonly [number, number][], date: number, figure: number): boolean {
  return sides.every(([a, b]) => !(date >= a && date < b) || (figure >= a && figure < b));
}

/** "has set up 16 centres and has banned the sale …": a second finite verb after "and" opens a clause of its own. */
const NEXT_FINITE_CLAUSE = /,?\s+(?:and|but)\s+(?:has|have|had|is|are|was|were|will|would)\s+(?!been\b)\p{Ll}+(?:ed|en|t)\b/u;

/** Where the clause after the one at `from` starts, or -1: what follows is said of something else. */
export function nextFiniteClause(sentence: string, from: number): number {
  const i = sentence.slice(from).search(NEXT_FINITE_CLAUSE);
  return i < 0 ? -1 : from + i;
}
