import { fileName, type Conflict } from "@proj/model";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver";
import { DIAGNOSTIC_SOURCE, IGNORE_CONFLICT_COMMAND, OPEN_LOCATION_COMMAND, type IgnoreConflictArgs, type OpenLocationArgs } from "../shared/requests.js";
import type { DiagnosticData } from "./diagnostics.js";

export interface CodeActionOptions {
  /** The client can show a document on request (`window/showDocument`): the open actions work. */
  openLocations: boolean;
  /** There is a workspace folder to write `.corroborate/ignore.json` into. */
  canIgnore: boolean;
  /** How the client spells a document's URI. */
  clientUri: (key: string) => string;
}

/**
 * The quick fixes of a corroborate diagnostic: open each other claim of its conflict, and ignore
 * the conflict. Built from the conflict as the engine holds it now, so a stale diagnostic (the
 * conflict went away meanwhile) gets none.
 */
export function conflictCodeActions(diagnostic: Diagnostic, uri: string, conflictById: (id: string) => Conflict | undefined, options: CodeActionOptions): CodeAction[] {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  const conflict = typeof data?.conflict === "string" ? conflictById(data.conflict) : undefined;
  if (!conflict) return [];
  const actions: CodeAction[] = [];
  const index = conflict.claims.findIndex((c) => c.id === data?.claim);
  const me = conflict.claims[index];
  if (options.openLocations && me) {
    const against = new Set(conflict.disagreements.flatMap(([a, b]) => (a === index ? [b] : b === index ? [a] : [])));
    const others = conflict.claims.map((c, i) => ({ c, i })).filter(({ c }) => c.uri !== me.uri);
    const perFile = new Map<string, number>();
    for (const { c } of others) perFile.set(c.uri, (perFile.get(c.uri) ?? 0) + 1);
    for (const { c, i } of others) {
      const where = (perFile.get(c.uri) ?? 0) > 1 ? `, line ${c.span.range.start.line + 1}` : "";
      const args: OpenLocationArgs = { uri: options.clientUri(c.uri), range: c.span.range };
      const title = `Open ${fileName(c.uri)} at the ${against.has(i) ? "conflicting" : "compatible"} claim${where}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: OPEN_LOCATION_COMMAND, arguments: [args] } });
    }
  }
  if (options.canIgnore) {
    const args: IgnoreConflictArgs = { id: conflict.id, uri };
    const title = "Ignore this conflict";
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: IGNORE_CONFLICT_COMMAND, arguments: [args] } });
  }
  return actions;
}
