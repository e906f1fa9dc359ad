import { describe, expect, it } from "vitest";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { DiagnosticsOutbox } from "../src/server/outbox.js";

const set = (uri: string, version: number): PublishDiagnosticsParams => ({ uri, version, diagnostics: [] });

/** A writer that finishes each message only when told to, like a pipe the client reads slowly. */
function slowWriter() {
  const sent: string[] = [];
  const pending: (() => void)[] = [];
  const send = (p: PublishDiagnosticsParams) => {
    sent.push(`${p.uri}@${p.version}`);
    return new Promise<void>((resolve) => pending.push(resolve));
  };
  const finishOne = async () => {
    pending.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { sent, send, finishOne };
}

describe("diagnostics on their way to a slow client", () => {
  it("sends only the newest set of a document that was republished while the writer was busy", async () => {
    const w = slowWriter();
    const outbox = new DiagnosticsOutbox(w.send, () => undefined);
    outbox.post("a", set("a", 1));
    for (let v = 2; v <= 500; v++) outbox.post("a", set("a", v));
    outbox.post("b", set("b", 1));
    // one set per document waits, however many edits republished it
    expect(outbox.size).toBe(2);
    while (w.sent.length < 3) await w.finishOne();
    await w.finishOne();
    expect(w.sent).toEqual(["a@1", "a@500", "b@1"]);
    expect(outbox.size).toBe(0);
  });

  it("keeps sending after a write fails", async () => {
    const errors: unknown[] = [];
    const sent: string[] = [];
    let fail = true;
    const outbox = new DiagnosticsOutbox(async (p) => {
      if (fail) throw new Error("pipe closed");
      sent.push(p.uri);
    }, (e) => errors.push(e));
    outbox.post("a", set("a", 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(errors).toHaveLength(1);
    fail = false;
    outbox.post("b", set("b", 1));
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(["b"]);
  });
});
