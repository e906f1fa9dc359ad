#!/usr/bin/env node
// Language-server figures over stdio on a generated workspace: time until every article is analysed
// and its diagnostics published, edit-to-diagnostics and hover latency (p50/p95), server memory.
// usage: node bench/lsp.mjs [--articles 1000] [--edits 60] [--hovers 200]
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  ConfigurationRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest,
  InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, UnregistrationRequest, WorkDoneProgressCreateRequest, createProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { generateCorpus } from "./generate.mjs";

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(process.argv[i + 1]);
};
const N = arg("articles", 1000);
const EDITS = arg("edits", 60);
const HOVERS = arg("hovers", 200);
const SERVER = fileURLToPath(new URL("../packages/vscode-ext/dist/server.js", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "corroborate-lsp-bench-"));
const { files } = generateCorpus(N, 1);
for (const f of files) writeFileSync(join(dir, f.name), f.text);
const uriOf = (name) => pathToFileURL(join(dir, name)).href;

const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean), SERVER, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const diagnostics = new Map();
const waiters = new Set();
const notify = () => waiters.forEach((w) => w());
// wait for a state, not for a time: resolves when `test` holds after some message
const until = (test, ms = 120000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => (waiters.delete(check), reject(new Error("timed out"))), ms);
    const check = () => {
      const v = test();
      if (v) (clearTimeout(timer), waiters.delete(check), resolve(v));
    };
    waiters.add(check);
    check();
  });
let status;
let scanLog = "";
let published = 0;
conn.onNotification(PublishDiagnosticsNotification.type, (p) => (diagnostics.set(p.uri, { at: performance.now(), list: p.diagnostics }), published++, notify()));
conn.onNotification("corroborate/status", (p) => ((status = { ...p, at: performance.now() }), notify()));
conn.onNotification("window/logMessage", (p) => { if (/articles analysed/.test(p.message)) scanLog = p.message.replace(/^corroborate: /, ""); });
conn.onRequest(ConfigurationRequest.type, (p) => p.items.map(() => null));
conn.onRequest(RegistrationRequest.type, () => undefined);
conn.onRequest(UnregistrationRequest.type, () => undefined);
conn.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
conn.listen();

const t0 = performance.now();
const initialized = conn.sendRequest(InitializeRequest.type, {
  processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: "bench" }],
  capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceFolders: true } },
});
await initialized;
const tInit = performance.now() - t0;
conn.sendNotification(InitializedNotification.type, {});
await until(() => status?.analysed === N);
const firstAll = Math.max(status.at, ...[...diagnostics.values()].map((d) => d.at)) - t0;

// the file with the most diagnostics is edited: its figures change back and forth
const [target] = [...diagnostics.entries()].sort((a, b) => b[1].list.length - a[1].list.length)[0];
const name = decodeURIComponent(target.slice(target.lastIndexOf("/") + 1));
const text = readFileSync(join(dir, name), "utf8");
conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: target, languageId: "plaintext", version: 1, text } });
await until(() => diagnostics.get(target)?.at > t0 + firstAll);
const figure = /\b\d{2,3}(?:,\d{3})*\b/.exec(text);
const edits = [];
let version = 1;
for (let i = 0; i < EDITS; i++) {
  const changed = i % 2 === 0 && figure ? text.slice(0, figure.index) + String(Number(figure[0].replace(/,/g, "")) * 3) + text.slice(figure.index + figure[0].length) : text;
  const before = published;
  const start = performance.now();
  conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: target, version: ++version }, contentChanges: [{ text: changed }] });
  await until(() => published > before && diagnostics.get(target).at >= start);
  edits.push(performance.now() - start);
  // a pause longer than the typing throttle, so that each edit is the first after a pause
  await new Promise((r) => setTimeout(r, 170));
}

const positions = (diagnostics.get(target)?.list ?? []).map((d) => d.range.start);
const hovers = [];
for (let i = 0; i < HOVERS && positions.length; i++) {
  const start = performance.now();
  await conn.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position: positions[i % positions.length] });
  hovers.push(performance.now() - start);
}
const rss = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
await conn.sendRequest(ShutdownRequest.type);
conn.sendNotification(ExitNotification.type);
rmSync(dir, { recursive: true, force: true });

const pct = (xs, p) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const row = (label, value, target, ok) => console.log(`${label.padEnd(44)}${value.padStart(14)}  ${target.padEnd(12)}${ok === undefined ? "" : ok ? "ok" : "MISSED"}`);
console.log(`\nlanguage server over stdio, ${N} generated articles (${(files.reduce((a, f) => a + f.text.length, 0) / 1e6).toFixed(1)} MB), node ${process.version}`);
row("first diagnostics for all files, s", (firstAll / 1000).toFixed(2), "< 3 s", firstAll < 3000);
row("  of which: start and initialize, s", (tInit / 1000).toFixed(2), "");
console.log(`  the server's own account of the scan: ${scanLog}`);
row("edit -> diagnostics p50 / p95, ms", `${pct(edits, 50).toFixed(1)} / ${pct(edits, 95).toFixed(1)}`, "p95 < 50", pct(edits, 95) < 50);
row("hover p50 / p95, ms", `${pct(hovers, 50).toFixed(1)} / ${pct(hovers, 95).toFixed(1)}`, "p95 < 10", pct(hovers, 95) < 10);
row("server peak RSS, MiB", rss.toFixed(0), "", undefined);
row("conflicts in the workspace", String(status.conflicts), "", undefined);
