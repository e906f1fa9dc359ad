import type { PublishDiagnosticsParams } from "vscode-languageserver";

/**
 * Diagnostics on their way to the client, at most one set per document, written one message at a
 * time. When every edit republishes many files (a workspace where dozens of articles report the
 * same figures) and the client reads slower than the server analyses, the protocol's writer would
 * otherwise hold every superseded set in memory until the pipe drained: hundreds of MB in a long
 * session. Only the newest set of a document is worth sending.
 */
export class DiagnosticsOutbox {
  private readonly waiting = new Map<string, PublishDiagnosticsParams>();
  private writing = false;

  constructor(
    private readonly send: (params: PublishDiagnosticsParams) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Queues `params` for the document `key`, replacing a set of it that was not sent yet. */
  post(key: string, params: PublishDiagnosticsParams): void {
    this.waiting.set(key, params);
    if (!this.writing) void this.drain();
  }

  /** Sets not yet handed to the writer. */
  get size(): number {
    return this.waiting.size;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      for (const [key, params] of this.waiting) {
        this.waiting.delete(key);
        try {
          await this.send(params);
        } catch (error) {
          // a closed connection: nothing more can be sent, and nothing is lost that a client could read
          this.onError(error);
          this.waiting.clear();
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
