/**
 * Machine output: the engine's report as it is, plus the files that could not be used. This is the
 * document the shared scorer reads (ranges 0-based, in UTF-16 code units, as in the LSP).
 */
import type { Report } from "@proj/model";
import type { InputError } from "../readInputs.js";

export function formatJson(report: Report, errors: InputError[]): string {
  return JSON.stringify({ ...report, errors }, null, 2) + "\n";
}
