import { describeClaimIn, fileName, type Claim, type Conflict } from "@proj/model";
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver";
import { CONFLICT_KINDS_DOC, DIAGNOSTIC_SOURCE, NOT_ANALYSED_CODE } from "../shared/requests.js";
import type { CorroborateSettings, SeverityName } from "../shared/settings.js";

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for later requests (code actions, ignore lists). */
export interface DiagnosticData {
  conflict: string;
  claim: string;
}

/**
 * One diagnostic per claim of `uri` in each conflict, on the claim's exact span. Related
 * information points at every claim of the conflict in other files, so that an editor can jump to
 * the sentences that disagree.
 */
export function conflictDiagnostics(conflicts: readonly Conflict[], uri: string, settings: CorroborateSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const conflict of conflicts) {
    const severity = conflict.kind === "other" ? DiagnosticSeverity.Information : SEVERITY[settings.severity[conflict.kind]];
    conflict.claims.forEach((claim, index) => {
      if (claim.uri !== uri) return;
      const data: DiagnosticData = { conflict: conflict.id, claim: claim.id };
      out.push({
        range: claim.span.range,
        severity,
        source: DIAGNOSTIC_SOURCE,
        code: conflict.kind,
        codeDescription: { href: `${CONFLICT_KINDS_DOC}#${conflict.kind}` },
        message: describeClaimIn(conflict, index),
        relatedInformation: relatedClaims(conflict, index),
        data,
      });
    });
  }
  return out;
}

function relatedClaims(conflict: Conflict, index: number): DiagnosticRelatedInformation[] {
  const me = conflict.claims[index];
  const against = new Set(conflict.disagreements.flatMap(([a, b]) => (a === index ? [b] : b === index ? [a] : [])));
  const related: DiagnosticRelatedInformation[] = [];
  conflict.claims.forEach((other, i) => {
    if (other.uri === me.uri) return;
    related.push({
      location: { uri: other.uri, range: other.span.range },
      message: `${quoted(other)} in ${fileName(other.uri)} (${against.has(i) ? "contradicts this" : "compatible"})`,
    });
  });
  return related;
}

function quoted(c: Claim): string {
  const text = c.span.text.replace(/\s+/g, " ");
  return `“${text.length > 60 ? text.slice(0, 57) + "…" : text}”`;
}

/** The one diagnostic of a file the engine could not read, at its start. */
export function notAnalysedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: NOT_ANALYSED_CODE,
    message: `Corroborate did not analyse this file: ${reason}.`,
  };
}
