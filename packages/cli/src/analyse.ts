/** Runs the engine over the files read from disk; `check`, `eval` and `report` share it so they judge alike. */
import { buildReport, Corpus, type AnalysisOptions, type Report } from "@proj/model";
import type { InputFile } from "./readInputs.js";

/** The corpus of the files, and how to name a document as the user gave it. */
export function analyseCorpus(files: InputFile[], options: Partial<AnalysisOptions> = {}): { corpus: Corpus; pathOf: (uri: string) => string } {
  const corpus = new Corpus(options);
  const pathByUri = new Map<string, string>();
  for (const file of files) {
    corpus.set(file.uri, file.text);
    pathByUri.set(file.uri, file.path);
  }
  return { corpus, pathOf: (uri) => pathByUri.get(uri) ?? uri };
}

/** `ignore` holds ids of conflicts a person has accepted (see ignoreFile.ts); they are left out. */
export function analyse(files: InputFile[], options: Partial<AnalysisOptions> = {}, ignore?: Set<string>): Report {
  const { corpus, pathOf } = analyseCorpus(files, options);
  return buildReport(corpus, { pathOf, ignore });
}
