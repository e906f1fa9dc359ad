// Types of bench/generate.mjs, for the tests that import the generator.
export interface GeneratedCorpus {
  files: { name: string; text: string }[];
  gold: object;
}
export function generateCorpus(nArticles: number, seed?: number, opts?: { conflictShare?: number; dateConflictShare?: number }): GeneratedCorpus;
export function writeCorpus(dir: string, corpus: GeneratedCorpus): void;
