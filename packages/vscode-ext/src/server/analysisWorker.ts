/**
 * A worker thread of the analysis pool: analyses one article per message with the engine, alone
 * (articles do not depend on each other until the Corpus relates them on the main thread).
 */
import { parentPort } from "node:worker_threads";
import { analyzeDocument, type AnalysisOptions } from "@proj/model";
import type { AnalysisRequest, AnalysisResponse } from "./analysisPool.js";

parentPort?.on("message", ({ id, uri, text, options }: AnalysisRequest & { options: AnalysisOptions }) => {
  let response: AnalysisResponse;
  try {
    response = { id, analysis: analyzeDocument(uri, text, options) };
  } catch (error) {
    response = { id, error: (error as Error)?.message ?? String(error) };
  }
  parentPort!.postMessage(response);
});
