import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalysisOptions, DocumentAnalysis } from "@proj/model";

export interface AnalysisRequest {
  id: number;
  uri: string;
  text: string;
}
export type AnalysisResponse = { id: number; analysis: DocumentAnalysis } | { id: number; error: string };

interface Pending {
  resolve: (analysis: DocumentAnalysis) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that analyse articles for the first scan of a workspace (opt-in): analysing is
 * most of a scan's cost, and each article is analysed alone. Relating them stays on the main
 * thread, in the Corpus. Each worker loads the engine once (about half a second), so the pool is
 * worth trying only for many articles; it is closed once the scan is done.
 */
export class AnalysisPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(size: number, script = join(__dirname, "analysisWorker.js")) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      const slot = { worker, busy: 0 };
      worker.on("message", (r: AnalysisResponse) => {
        slot.busy--;
        const p = this.pending.get(r.id);
        this.pending.delete(r.id);
        if ("error" in r) p?.reject(new Error(r.error));
        else p?.resolve(r.analysis);
      });
      // a worker that dies fails what it held; the caller analyses those articles itself
      worker.on("error", (error) => this.failAll(error));
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Threads to start for `articles` articles: `CORROBORATE_THREADS` (at most four), none for fewer
   * than 200 articles, and none by default: on the 2-core machine this project is measured on, two
   * workers made the first scan of 1,000 articles slower (4.0–4.2 s against 3.4–3.7 s), since each
   * loads the engine and the workers ran no faster together than one alone.
   */
  static sizeFor(articles: number, env = process.env.CORROBORATE_THREADS): number {
    const wanted = env === undefined || env === "" ? 0 : Math.min(MAX_WORKERS, Math.max(0, Math.floor(Number(env)) || 0));
    return articles < MIN_ARTICLES ? 0 : wanted;
  }

  analyse(uri: string, text: string, options: AnalysisOptions): Promise<DocumentAnalysis> {
    const id = this.nextId++;
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, uri, text, options });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.failAll(new Error("the analysis pool was closed"));
  }

  private failAll(error: Error) {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

/** Below this many articles the main thread is done before the workers have loaded the engine. */
const MIN_ARTICLES = 200;
const MAX_WORKERS = 4;
