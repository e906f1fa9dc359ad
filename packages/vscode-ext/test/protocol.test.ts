/**
 * Drives the bundled language server (`node dist/server.js --stdio`) with a real LSP client over
 * stdio, as an editor would: the seed articles first, then a temporary workspace with bad files,
 * file events and settings changes. Every wait is for a state, never for a fixed time.
 */
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DiagnosticSeverity, FileChangeType, type Diagnostic, type MarkupContent } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Report } from "@proj/model";
import { REPORT_REQUEST, RESCAN_REQUEST } from "../src/shared/requests.js";
import { TestClient, uriOf } from "./lspClient.js";

const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url)).replace(/\/$/, "");
const seed = (name: string) => join(SEEDS, name);
const S000 = uriOf(seed("000_784df25d2b966391.txt"));
const S001 = uriOf(seed("001_146c9178da6cf846.txt"));
const S002 = uriOf(seed("002_7e7ce854fb62eee9.txt"));
const S004 = uriOf(seed("004_8f6f506567bb87ad.txt"));
const TEXT004 = readFileSync(seed("004_8f6f506567bb87ad.txt"), "utf8");

const quantityOn = (text: string) => (d: Diagnostic[]) => d.find((x) => x.code === "quantity" && textAt(TEXT004, x) === text);
const textAt = (text: string, d: Diagnostic) => TextDocument.create("x", "plaintext", 0, text).getText(d.range);
const hasQuantity = (d: Diagnostic[]) => d.some((x) => x.code === "quantity");

describe("the seed articles", () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await TestClient.start([SEEDS]);
  });
  afterAll(() => client?.kill());

  it("publishes diagnostics for files nobody opened, with related locations in the other files", async () => {
    const diagnostics = await client.waitForDiagnostics(S004, "004's figure", (d) => !!quantityOn("approximately 12,000")(d));
    const figure = quantityOn("approximately 12,000")(diagnostics)!;
    expect(figure.severity).toBe(DiagnosticSeverity.Warning);
    expect(figure.source).toBe("corroborate");
    expect(figure.codeDescription?.href).toMatch(/conflict-kinds\.md#quantity$/);
    expect(figure.message).toMatch(/about 11,000/);
    const related = figure.relatedInformation ?? [];
    expect(related.map((r) => r.location.uri)).toEqual(expect.arrayContaining([S001, S002]));
    expect(related.every((r) => r.location.uri !== S004)).toBe(true);
    const in001 = related.find((r) => r.location.uri === S001)!;
    const text001 = readFileSync(seed("001_146c9178da6cf846.txt"), "utf8");
    expect(TextDocument.create(S001, "plaintext", 0, text001).getText(in001.location.range)).toBe("about 11,000");
    expect(in001.message).toMatch(/about 11,000.*001_146c9178da6cf846\.txt.*contradicts/);

    // the other sides of the conflict get theirs too, and kinds keep their default severity
    const d001 = await client.waitForDiagnostics(S001, "001's figures", hasQuantity);
    expect(d001.filter((d) => d.code === "quantity")).toHaveLength(2);
    expect(d001.find((d) => d.code === "attribution")?.severity).toBe(DiagnosticSeverity.Information);
    expect(d001.find((d) => d.code === "quote")?.severity).toBe(DiagnosticSeverity.Information);
  });

  it("reports progress while scanning and registers file watchers", async () => {
    await client.waitFor("the end of the scan", () => client.progress.find((p) => p.kind === "end"));
    expect(client.progress[0]).toMatchObject({ kind: "begin", title: "Corroborate" });
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    expect(JSON.stringify(watch?.registerOptions)).toContain("**/*.txt");
  });

  it("hovers over a figure with the other sources' values and links to them", async () => {
    const at = TEXT004.indexOf("approximately 12,000") + "approximately 1".length;
    const doc = TextDocument.create(S004, "plaintext", 0, TEXT004);
    const hover = await client.hover(S004, doc.positionAt(at));
    const md = (hover?.contents as MarkupContent).value;
    expect((hover?.contents as MarkupContent).kind).toBe("markdown");
    expect(md).toMatch(/North Korean/);
    expect(md).toMatch(/approximately 12,000/);
    expect(md).toMatch(/\*\*conflicts\*\*: “about 11,000”/);
    expect(md).toMatch(/\*\*conflicts\*\*: “around 11,000”/);
    expect(md).toMatch(/\*\*compatible\*\*: “over 10,000”/);
    expect(md).toContain(`(${S001}#L`);
    expect(md).toMatch(/Credited to \*\*Kyiv\*\*/);
    expect(textAt(TEXT004, { range: hover!.range! } as Diagnostic)).toBe("approximately 12,000");
  });

  it("hovers over a quote with the word diff of the other sources", async () => {
    const at = TEXT004.indexOf("North Korean supervisors");
    const hover = await client.hover(S004, TextDocument.create(S004, "plaintext", 0, TEXT004).positionAt(at));
    const md = (hover?.contents as MarkupContent).value;
    expect(md).toMatch(/worded differently/);
    expect(md).toMatch(/~~[^~]+~~/);
    expect(md).toMatch(/\*\*[^*]+\*\*/);
  });

  it("hovers over an attribution with the sources that credit the same figure to someone else", async () => {
    const at = TEXT004.indexOf("John Kirby") + 2;
    const hover = await client.hover(S004, TextDocument.create(S004, "plaintext", 0, TEXT004).positionAt(at));
    const md = (hover?.contents as MarkupContent).value;
    expect(md).toMatch(/\*\*Attribution\*\*/);
    expect(md).toMatch(/\*\*conflicts\*\* \(credited to someone else\): .* in \[001_146c9178da6cf846\.txt:\d+\]\(file:.*\), credited to Antony Blinken/);
  });

  it("analyses unsaved edits and republishes the other files the edit changed", async () => {
    await client.open(S004, TEXT004, 1);
    const edited = TEXT004.replace("approximately 12,000", "about 11,000");
    // several keystrokes within the throttle: only the last version counts
    await client.change(S004, TEXT004.replace("approximately 12,000", "about 1"), 2);
    await client.change(S004, edited, 3);
    await client.waitForDiagnostics(S001, "001 without the figure conflict", (d) => !hasQuantity(d));
    const d004 = await client.waitForDiagnostics(S004, "004 without the figure conflict", (d) => !hasQuantity(d));
    expect(d004.some((d) => d.code === "attribution")).toBe(true);
    // the diagnostics of 002 are cleared too: its only finding was that figure
    await client.waitForDiagnostics(S002, "002 cleared", (d) => d.length === 0);

    const hover = await client.hover(S004, TextDocument.create(S004, "plaintext", 0, edited).positionAt(edited.indexOf("about 11,000 North") + 3));
    const md = (hover?.contents as MarkupContent).value;
    expect(md).toMatch(/\*\*(agrees|compatible)\*\*: “about 11,000”/);
    expect(md).not.toMatch(/\*\*conflicts\*\*/);
  });

  it("goes back to the file on disk when the document is closed", async () => {
    await client.close(S004);
    await client.waitForDiagnostics(S004, "004's figure again", (d) => !!quantityOn("approximately 12,000")(d));
    await client.waitForDiagnostics(S001, "001's figures again", hasQuantity);
  });

  it("applies changed settings without a restart", async () => {
    await client.configure({ severity: { quantity: "error" } });
    await client.waitForDiagnostics(S004, "an error", (d) => quantityOn("approximately 12,000")(d)?.severity === DiagnosticSeverity.Error);
    // ±10% makes "about 11,000" and "approximately 12,000" overlap
    await client.configure({ tolerance: 0.1 });
    await client.waitForDiagnostics(S004, "no figure conflict at ±10%", (d) => !hasQuantity(d));
    await client.configure({ enable: false });
    await client.waitForDiagnostics(S001, "nothing while disabled", (d) => d.length === 0);
    await client.configure({});
    await client.waitForDiagnostics(S004, "the warning back", (d) => quantityOn("approximately 12,000")(d)?.severity === DiagnosticSeverity.Warning);
  });

  it("answers the custom requests: a rescan and the engine's report", async () => {
    expect(await client.connection.sendRequest(RESCAN_REQUEST)).toEqual({ analysed: 5, notAnalysed: 0 });
    const report = await client.connection.sendRequest<Report>(REPORT_REQUEST);
    const figure = report.conflicts.find((c) => c.kind === "quantity")!;
    expect(figure.claims.map((c) => c.path)).toContain("004_8f6f506567bb87ad.txt");
    expect(report.sources).toHaveLength(5);
  });

  it("shuts down and exits cleanly", async () => {
    expect(await client.shutdown()).toBe(0);
  });
});

describe("a workspace with bad files and files that change on disk", () => {
  let dir: string;
  let client: TestClient;
  const file = (name: string) => join(dir, name);
  const notAnalysed = (d: Diagnostic[]) => d.length === 1 && d[0].code === "not-analysed";

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-lsp-"));
    writeFileSync(file("a.txt"), "Evacuations in Lorvik\nMarch 4, 2025\nOfficials said about 4,000 people were evacuated from Lorvik on Tuesday.\n");
    writeFileSync(file("binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(file("latin1.txt"), Buffer.from("Caf\xe9 owners said about 40 people were evacuated.\n", "latin1"));
    writeFileSync(file("big.txt"), "Officials said the roads were closed. ".repeat(100));
    writeFileSync(file("notes.md"), "Around 9,000 people were evacuated from Lorvik.\n");
    client = await TestClient.start([dir], { maxFileSize: 0.002 });
  });
  afterAll(() => {
    client?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts one information diagnostic at the start of a binary, non-UTF-8 or oversized file", async () => {
    const binary = await client.waitForDiagnostics(uriOf(file("binary.txt")), "binary.txt not analysed", notAnalysed);
    expect(binary[0]).toMatchObject({
      severity: DiagnosticSeverity.Information,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    expect(binary[0].message).toMatch(/binary/);
    const latin1 = await client.waitForDiagnostics(uriOf(file("latin1.txt")), "latin1.txt not analysed", notAnalysed);
    expect(latin1[0].message).toMatch(/not valid UTF-8 \(byte 0xE9 on line 1\)/);
    const big = await client.waitForDiagnostics(uriOf(file("big.txt")), "big.txt not analysed", notAnalysed);
    expect(big[0].message).toMatch(/too large.*corroborate\.maxFileSize/);
    expect(client.diagnostics.has(uriOf(file("notes.md")))).toBe(false);
  });

  it("follows files created, changed and deleted on disk", async () => {
    const a = uriOf(file("a.txt"));
    const b = uriOf(file("b.txt"));
    writeFileSync(file("b.txt"), "Fire near Lorvik\nMarch 5, 2025\nAround 6,500 people were evacuated from Lorvik, the fire service said.\n");
    await client.fileEvents([{ uri: b, type: FileChangeType.Created }]);
    const da = await client.waitForDiagnostics(a, "a conflict with the new file", hasQuantity);
    expect(da[0].relatedInformation?.[0].location.uri).toBe(b);

    writeFileSync(file("b.txt"), "Fire near Lorvik\nMarch 5, 2025\nAround 4,100 people were evacuated from Lorvik, the fire service said.\n");
    await client.fileEvents([{ uri: b, type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(a, "the conflict gone after the change", (d) => d.length === 0);

    writeFileSync(file("b.txt"), "Fire near Lorvik\nMarch 5, 2025\nAround 6,500 people were evacuated from Lorvik, the fire service said.\n");
    await client.fileEvents([{ uri: b, type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(a, "the conflict back", hasQuantity);
    unlinkSync(file("b.txt"));
    await client.fileEvents([{ uri: b, type: FileChangeType.Deleted }]);
    await client.waitForDiagnostics(a, "the conflict gone with the file", (d) => d.length === 0);
    await client.waitForDiagnostics(b, "the deleted file's diagnostics cleared", (d) => d.length === 0);
  });

  it("says so when an open file is deleted, and analyses it again once saved", async () => {
    const a = uriOf(file("a.txt"));
    const c = uriOf(file("c.txt"));
    const text = "Lorvik update\nMarch 5, 2025\nAround 6,500 people were evacuated from Lorvik, the fire service said.\n";
    writeFileSync(file("c.txt"), text);
    await client.fileEvents([{ uri: c, type: FileChangeType.Created }]);
    await client.open(c, text, 1);
    await client.waitForDiagnostics(a, "a conflict with c", hasQuantity);

    unlinkSync(file("c.txt"));
    await client.fileEvents([{ uri: c, type: FileChangeType.Deleted }]);
    const dc = await client.waitForDiagnostics(c, "c deleted while open", notAnalysed);
    expect(dc[0].message).toMatch(/deleted/);
    await client.waitForDiagnostics(a, "a without c", (d) => d.length === 0);

    writeFileSync(file("c.txt"), text);
    await client.fileEvents([{ uri: c, type: FileChangeType.Created }]);
    await client.waitForDiagnostics(a, "c analysed again", hasQuantity);
    await client.close(c);
  });

  it("checks an open document's own text: binary text in the editor is not analysed either", async () => {
    const d = uriOf(file("d.txt"));
    await client.open(d, "\u0000\u0001\u0002binary\u0000\u0000", 1);
    await client.waitForDiagnostics(d, "d not analysed", notAnalysed);
    await client.change(d, "Around 9,000 people were evacuated from Lorvik, officials said.\n", 2);
    await client.waitForDiagnostics(d, "d analysed after the edit", (x) => x.length === 0 || hasQuantity(x));
    await client.close(d);
    // never saved: once closed there is nothing on disk, and its diagnostics go away
    await client.waitForDiagnostics(d, "d cleared", (x) => x.length === 0);
  });

  it("still exits cleanly", async () => {
    expect(await client.shutdown()).toBe(0);
  });
});
