/**
 * The language features beyond diagnostics and hovers, driven over stdio like protocol.test.ts:
 * inlay hints for resolved dates, the outline of claims, references across files, the code
 * actions (open the other claim, ignore the conflict through `.corroborate/ignore.json`) and the
 * status notification. On a copy of the seed articles, since ignoring a conflict writes a file.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FileChangeType, type CodeAction, type Diagnostic, type DocumentSymbol, type Location } from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Corpus } from "@proj/model";
import { IGNORE_CONFLICT_COMMAND, OPEN_LOCATION_COMMAND, STATUS_NOTIFICATION, type StatusParams } from "../src/shared/requests.js";
import { conflictCodeActions } from "../src/server/codeActions.js";
import { TestClient, uriOf } from "./lspClient.js";

const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

describe("inlay hints, outline, references, code actions and status on a copy of the seeds", () => {
  let dir: string;
  let client: TestClient;
  let quoteId: string;
  let corpus: Corpus;
  const names = ["000_784df25d2b966391.txt", "001_146c9178da6cf846.txt", "002_7e7ce854fb62eee9.txt", "004_8f6f506567bb87ad.txt"] as const;
  const uri = (name: string) => uriOf(join(dir, name));
  const text = (name: string) => readFileSync(join(dir, name), "utf8");
  const doc = (name: string) => TextDocument.create(uri(name), "plaintext", 0, text(name));
  const textOf = (l: Location) => doc(l.uri.slice(l.uri.lastIndexOf("/") + 1)).getText(l.range);
  const ignoreFile = () => join(dir, ".corroborate", "ignore.json");
  const [S000, S001, S002, S004] = names;
  const has = (kind: string) => (d: Diagnostic[]) => d.some((x) => x.code === kind);
  const statuses = () => client.notificationsOf<StatusParams>(STATUS_NOTIFICATION);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "corroborate-features-"));
    corpus = new Corpus();
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith(".txt"))) {
      copyFileSync(join(SEEDS, f), join(dir, f));
      corpus.set(uriOf(join(dir, f)), readFileSync(join(dir, f), "utf8"));
    }
    // accepted before the server starts: a reviewer's note and other keys must survive our writes
    quoteId = corpus.conflicts().find((c) => c.kind === "quote")!.id;
    mkdirSync(join(dir, ".corroborate"));
    writeFileSync(ignoreFile(), JSON.stringify({ reviewer: "desk", ignore: [{ id: quoteId, note: "same words, other translation" }] }, null, 2));
    client = await TestClient.start([dir]);
  });
  afterAll(() => {
    client?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the status after the scan: articles, conflicts, time", async () => {
    const status = await client.waitFor("a status", () => statuses().find((s) => s.analysed === 5));
    expect(status).toMatchObject({ enabled: true, analysed: 5, notAnalysed: 0, conflicts: 3, ignored: 1 });
    expect(typeof status.ms).toBe("number");
  });

  it("reads .corroborate/ignore.json at start-up and leaves those conflicts out", async () => {
    const d004 = await client.waitForDiagnostics(uri(S004), "004's figure", has("quantity"));
    expect(has("quote")(d004)).toBe(false);
    expect(has("quote")(client.diagnostics.get(uri(S001)) ?? [])).toBe(false);
  });

  it("puts the resolved date after each relative date, and nothing after explicit ones", async () => {
    const hints = (await client.inlayHints(uri(S000), WHOLE)) ?? [];
    const d = doc(S000);
    const before = (h: { position: { line: number; character: number } }) => d.getText({ start: { line: h.position.line, character: 0 }, end: h.position });
    const thursday = hints.find((h) => h.label === " (2025-01-09)");
    expect(thursday && before(thursday)).toMatch(/Thursday$/);
    expect(hints.some((h) => before(h).endsWith("2022"))).toBe(false);
    const august = ((await client.inlayHints(uri(S001), WHOLE)) ?? []).find((h) => h.label === " (2024-08)");
    expect(august && doc(S001).getText({ start: { ...august.position, character: august.position.character - 11 }, end: august.position })).toBe("last August");
    // only the hints inside the range asked for
    expect(await client.inlayHints(uri(S000), { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } })).toEqual([]);
  });

  it("switches the inlay hints off and on without a restart, asking the editor to refresh them", async () => {
    const refreshes = client.inlayHintRefreshes;
    await client.configure({ inlayHints: false });
    await client.waitFor("a refresh", () => (client.inlayHintRefreshes > refreshes ? true : undefined));
    expect(await client.inlayHints(uri(S000), WHOLE)).toEqual([]);
    const again = client.inlayHintRefreshes;
    await client.configure({});
    await client.waitFor("another refresh", () => (client.inlayHintRefreshes > again ? true : undefined));
    expect((await client.inlayHints(uri(S000), WHOLE))?.length).toBeGreaterThan(0);
  });

  it("outlines the article's claims grouped by kind, each named by its text and value", async () => {
    const symbols = (await client.documentSymbols(uri(S001))) as DocumentSymbol[];
    expect(symbols.map((s) => s.name)).toEqual(["Figures", "Dates", "Quotes", "Attributions"]);
    const [figures, dates, , attributions] = symbols;
    expect(figures.children?.map((c) => c.name)).toContain("about 11,000: ~11,000");
    expect(dates.children?.map((c) => c.name)).toContain("last August: 2024-08");
    expect(attributions.children?.some((c) => /Antony Blinken/.test(c.name))).toBe(true);
    const first = figures.children![0];
    expect(doc(S001).getText(first.selectionRange)).toBe(first.name.split(":")[0]);
  });

  it("finds the claims related to a figure across files", async () => {
    const d = doc(S004);
    const at = d.positionAt(text(S004).indexOf("approximately 12,000") + 3);
    const refs = (await client.references(uri(S004), at)) ?? [];
    expect(refs[0].uri).toBe(uri(S004));
    expect(textOf(refs[0])).toBe("approximately 12,000");
    expect(refs.map(textOf)).toEqual(expect.arrayContaining(["about 11,000", "around 11,000", "over 10,000"]));
    expect(new Set(refs.map((r) => r.uri))).toEqual(new Set([uri(S000), uri(S001), uri(S002), uri(S004)]));
    const without = (await client.references(uri(S004), at, false)) ?? [];
    expect(without).toHaveLength(refs.length - 1);
    expect(await client.references(uri(S004), { line: 0, character: 0 })).toEqual([]);
  });

  it("finds, for an attribution, the attributions that credit the same figure to someone else", async () => {
    const refs = (await client.references(uri(S004), doc(S004).positionAt(text(S004).indexOf("John Kirby") + 2))) ?? [];
    expect(refs.map((r) => [r.uri, textOf(r)])).toEqual([
      [uri(S004), "John Kirby"],
      [uri(S001), "Antony Blinken"],
    ]);
  });

  it("offers to open each other claim of a conflict, shown with window/showDocument", async () => {
    const figure = (await client.waitForDiagnostics(uri(S004), "004's figure", has("quantity"))).find((x) => x.code === "quantity")!;
    const actions = ((await client.codeActions(uri(S004), figure)) ?? []) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toEqual(expect.arrayContaining(["Open 002_7e7ce854fb62eee9.txt at the conflicting claim", "Open 000_784df25d2b966391.txt at the compatible claim", "Ignore this conflict"]));
    expect(titles.filter((t) => /^Open 001_146c9178da6cf846\.txt at the conflicting claim, line \d+$/.test(t))).toHaveLength(2);
    const open002 = actions.find((a) => a.title.startsWith("Open 002"))!;
    expect(open002.kind).toBe("quickfix");
    expect(open002.command?.command).toBe(OPEN_LOCATION_COMMAND);
    expect(await client.executeCommand(open002.command!)).toBe(true);
    const shown = client.shownDocuments.at(-1)!;
    expect(shown.uri).toBe(uri(S002));
    expect(shown.takeFocus).toBe(true);
    expect(doc(S002).getText(shown.selection!)).toBe("around 11,000");
  });

  it("offers only the ignore action to a client that cannot show a document, and none on a stale diagnostic", () => {
    const figure = client.diagnostics.get(uri(S004))!.find((x) => x.code === "quantity")!;
    const byId = (id: string) => corpus.conflicts().find((c) => c.id === id);
    const options = { openLocations: false, canIgnore: true, clientUri: (k: string) => k };
    expect(conflictCodeActions(figure, uri(S004), byId, options).map((a) => a.title)).toEqual(["Ignore this conflict"]);
    expect(conflictCodeActions({ ...figure, data: { conflict: "quantity-gone", claim: "x" } }, uri(S004), byId, options)).toEqual([]);
    expect(conflictCodeActions({ ...figure, source: "other" }, uri(S004), byId, options)).toEqual([]);
  });

  it("ignores a conflict: merges its id into .corroborate/ignore.json and drops its diagnostics everywhere", async () => {
    const figure = client.diagnostics.get(uri(S004))!.find((x) => x.code === "quantity")!;
    const ignore = ((await client.codeActions(uri(S004), figure)) as CodeAction[]).find((a) => a.title === "Ignore this conflict")!;
    expect(ignore.command?.command).toBe(IGNORE_CONFLICT_COMMAND);
    await client.executeCommand(ignore.command!);
    const figureId = (figure.data as { conflict: string }).conflict;
    expect(JSON.parse(readFileSync(ignoreFile(), "utf8"))).toEqual({
      reviewer: "desk",
      ignore: [{ id: quoteId, note: "same words, other translation" }, { id: figureId }],
    });
    await client.waitForDiagnostics(uri(S004), "004 without its figure", (d) => !has("quantity")(d) && has("attribution")(d));
    await client.waitForDiagnostics(uri(S001), "001 without its figures", (d) => !has("quantity")(d) && has("attribution")(d));
    await client.waitForDiagnostics(uri(S002), "002 cleared", (d) => d.length === 0);
    await client.waitFor("the status", () => statuses().find((s) => s.conflicts === 2 && s.ignored === 2));
    // ignoring it twice keeps one entry
    await client.executeCommand(ignore.command!);
    expect(JSON.parse(readFileSync(ignoreFile(), "utf8")).ignore).toHaveLength(2);
  });

  it("watches the ignore file: edited by hand, the conflicts come back; malformed, it is said and kept", async () => {
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    expect(JSON.stringify(watch?.registerOptions)).toContain(".corroborate/ignore.json");
    writeFileSync(ignoreFile(), '{ "ignore": [] }\n');
    await client.fileEvents([{ uri: uriOf(ignoreFile()), type: FileChangeType.Changed }]);
    await client.waitForDiagnostics(uri(S004), "004's figure and quote back", (d) => has("quantity")(d) && has("quote")(d));
    await client.waitForDiagnostics(uri(S002), "002's figure back", has("quantity"));

    writeFileSync(ignoreFile(), "{ not json");
    await client.fileEvents([{ uri: uriOf(ignoreFile()), type: FileChangeType.Changed }]);
    const warning = await client.waitFor("a warning", () => client.notificationsOf<{ message: string }>("window/showMessage").find((m) => /not valid JSON/.test(m.message)));
    expect(warning.message).toMatch(/ignore\.json/);
    const figure = client.diagnostics.get(uri(S004))!.find((x) => x.code === "quantity")!;
    const ignore = ((await client.codeActions(uri(S004), figure)) as CodeAction[]).find((a) => a.title === "Ignore this conflict")!;
    await expect(client.executeCommand(ignore.command!)).rejects.toThrow(/not valid JSON/);
    expect(readFileSync(ignoreFile(), "utf8")).toBe("{ not json");
  });

  it("still exits cleanly", async () => {
    expect(await client.shutdown()).toBe(0);
  });
});
