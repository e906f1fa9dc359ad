/** Runs the engine over the files read from disk; `check` and `eval` share it so they judge alike. */
import { buildReport, Corpus, type AnalysisOptions, type Report } from "@proj/model";
import type { InputFile } from "./readInputs.js";

/** `ignore` holds ids of conflicts a person has accepted (see ignoreFile.ts); they are left out. */
export function analyse(files: InputFile[], options: Partial<AnalysisOptions> = {}, ignore?: Set<string>): Report {
  const corpus = new Corpus(options);
  const pathByUri = new Map<string, string>();
  for (const file of files) {
    corpus.set(file.uri, file.text);
    pathByUri.set(file.uri, file.path);
  }
  return buildReport(corpus, { pathOf: (uri) => pathByUri.get(uri) ?? uri, ignore });
}
