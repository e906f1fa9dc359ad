/**
 * Human output in the manner of ESLint's "stylish": each file, then one line per claim in conflict
 * (`line:col  severity  message  kind`, 1-based as editors show them), then a summary.
 */
import { describeClaim, type Report } from "@proj/model";
import type { InputError } from "../readInputs.js";
import { disagreeingClaims } from "./disagreeingClaims.js";

export interface StylishOptions {
  color: boolean;
}

/** ANSI styles, or plain text when colour is off; each style closes only itself so they nest. */
function painter(color: boolean) {
  const sgr = (open: number, close: number) => (text: string) => (color ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return {
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    underline: sgr(4, 24),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
  };
}

interface Entry {
  line: number;
  column: number;
  severity: "warning" | "info";
  message: string;
  kind: string;
}

export function formatStylish(report: Report, opts: StylishOptions): string {
  const paint = painter(opts.color);
  const byPath = new Map<string, Entry[]>();
  let warnings = 0;
  for (const conflict of report.conflicts) {
    if (conflict.severity === "warning") warnings++;
    for (const i of disagreeingClaims(conflict)) {
      const claim = conflict.claims[i];
      const entries = byPath.get(claim.path) ?? [];
      byPath.set(claim.path, entries);
      entries.push({
        line: claim.range.start.line + 1,
        column: claim.range.start.character + 1,
        severity: conflict.severity === "warning" ? "warning" : "info",
        // the claim's own message names the other sources: what a reader at this line needs
        message: describeClaim(conflict, i),
        kind: conflict.kind,
      });
    }
  }

  const out: string[] = [];
  // Files in the order the report lists its sources, which is the order they were read.
  const order = report.sources.map((s) => s.path).filter((p) => byPath.has(p));
  for (const path of [...order, ...[...byPath.keys()].filter((p) => !order.includes(p))]) {
    const entries = byPath.get(path)!.sort((a, b) => a.line - b.line || a.column - b.column);
    const where = (e: Entry) => `${e.line}:${e.column}`;
    const whereWidth = Math.max(...entries.map((e) => where(e).length));
    const severityWidth = Math.max(...entries.map((e) => e.severity.length));
    out.push(paint.underline(path));
    for (const e of entries) {
      const severity = e.severity.padEnd(severityWidth);
      out.push(
        `  ${paint.dim(where(e).padStart(whereWidth))}  ${e.severity === "warning" ? paint.yellow(severity) : paint.cyan(severity)}` +
          `  ${e.message}  ${paint.dim(e.kind)}`,
      );
    }
    out.push("");
  }

  const conflicts = report.conflicts.length;
  const files = report.sources.length;
  if (conflicts === 0) {
    out.push(paint.green(`No conflicts found in ${plural(files, "file")}.`));
  } else {
    const information = conflicts - warnings;
    const summary =
      `✖ ${plural(conflicts, "conflict")} (${plural(warnings, "warning")}, ${information} information) ` +
      `in ${byPath.size} of ${plural(files, "file")}`;
    out.push(paint.bold(warnings ? paint.yellow(summary) : summary));
  }
  return out.join("\n") + "\n";
}

/** One line per file that could not be used, for stderr. */
export function formatInputErrors(errors: InputError[], opts: StylishOptions): string {
  const paint = painter(opts.color);
  return errors.map((e) => `${paint.red("skipped")} ${paint.underline(e.path)}: ${e.reason}\n`).join("");
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
