export * from "./types.js";
export { Corpus, type CorpusChange } from "./corpus.js";
export { analyzeDocument, type DocumentAnalysis, type NameOccurrence, type AnalyzeContext } from "./analyzeDocument.js";
export { buildReport, describeClaim, claimValue, type Report, type ReportConflict, type ReportClaim, type ReportSource } from "./report.js";
export { describeClaimIn, subjectOf } from "./describe/conflicts.js";
export { formatQuantity, formatInterval, formatDate } from "./describe/formatValue.js";
export { fileName } from "./describe/fileName.js";
export { LineIndex } from "./text/lineIndex.js";
export { splitSentences, type Sentence } from "./text/sentences.js";
export { nameKey } from "./align/nameKey.js";
export { compareQuotes, wordDiff, quoteWords, type QuoteInput, type QuoteComparison } from "./align/quoteSimilarity.js";
export { scoreReport, type Gold, type GoldConflict, type GoldMention, type GoldMustNotFlag, type ScoredReport, type Score, type ScoreOptions } from "./eval/scoreReport.js";
export { decodeArticle, checkText, binaryReason, formatBytes, type Decoded, type DecodeOptions } from "./input/decodeArticle.js";
export { IGNORE_FILE, parseIgnoreList, withIgnoredId } from "./input/ignoreList.js";
export {
  compareSources,
  type Comparison,
  type ComparisonSource,
  type EventView,
  type MatrixRow,
  type MatrixCell,
  type CellClaim,
  type CellState,
  type SpanRef,
  type TimelineEntry,
  type TimelineLane,
  type QuoteView,
  type QuoteRendering,
  type CompareOptions,
} from "./views/compareSources.js";
export { toJsonLd, type JsonLdOptions } from "./linkedData/jsonLd.js";
export { JSONLD_CONTEXT, CONTEXT_URL, VOCAB_NS } from "./linkedData/context.js";
