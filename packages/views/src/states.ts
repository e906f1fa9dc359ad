/** How a cell's state is shown: never by colour alone, always an icon and a word too. */
import type { CellState, ClaimKind } from "@proj/model";

export const ICON: Record<CellState, string> = { agrees: "✓", compatible: "≈", conflicts: "✗", silent: "–" };

/** The word for a state; a reworded quote or a different speaker is not a contradiction of fact. */
export function stateWord(state: CellState, kind: ClaimKind): string {
  if (state === "conflicts") return kind === "quote" ? "reworded" : kind === "attribution" ? "differs" : "conflicts";
  if (state === "silent") return "not stated";
  return state;
}
