#!/usr/bin/env node
// Throughput, scaling, memory and accuracy benchmark of the analysis engine (@proj/model).
//
//   node bench/run.mjs [--sizes 1000,10000] [--quick] [--seed 1] [--timeout 600] [--write]
//                      [--max-old-space MB] [--no-tokenizer]
//
// Each size runs in a fresh child process (`node --expose-gc`), so peak RSS and heap belong to that
// size alone. In the child: generate the corpus in memory (bench/generate.mjs), warm up on a small
// separate corpus, then time (a) wink-nlp's bare tokenizer over the same texts and (b) the engine:
// `corpus.set` for every article, then `buildReport`. Everything is single-threaded: figures are
// per core. A benchmark reports; it does not fail: the exit code is always 0, and a missed target
// is marked MISSED.

import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { generateCorpus, writeCorpus } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i < 0 ? dflt : args[i + 1]; };
const flag = (name) => args.includes(`--${name}`);

const TARGET = { articlesPerSec: 400, tokenizerRatio: 0.5, tenKSeconds: 30, scaling: 1.1 };

if (opt("child")) await child(Number(opt("child")), Number(opt("seed", 1)));
else await parent();

// ---------------------------------------------------------------------------------------------

async function parent() {
  const sizes = flag("quick") ? [200, 1000] : (opt("sizes", "1000,10000")).split(",").map(Number).filter((n) => n > 0);
  const seed = Number(opt("seed", 1));
  const timeout = Number(opt("timeout", 600));
  const cpus = os.cpus();
  console.log("corroborate engine benchmark");
  console.log(`machine: node ${process.version}, ${os.platform()} ${os.arch()}, CPU ${cpus[0]?.model ?? "?"} ` +
    `(${cpus.length} logical cores, ${os.availableParallelism?.() ?? cpus.length} available), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
  console.log(`sizes: ${sizes.join(", ")} articles, seed ${seed}; each size in a fresh single-threaded process: figures are per core\n`);

  const results = [];
  for (const n of sizes) {
    process.stderr.write(`[${n}] running...\n`);
    results.push(await runChild(n, seed, timeout));
  }
  printTable(results);
  process.exit(0);
}

function runChild(n, seed, timeout) {
  return new Promise((done) => {
    const nodeArgs = ["--expose-gc"];
    if (opt("max-old-space")) nodeArgs.push(`--max-old-space-size=${opt("max-old-space")}`);
    const childArgs = [...nodeArgs, fileURLToPath(import.meta.url), "--child", String(n), "--seed", String(seed)];
    if (flag("write")) childArgs.push("--write");
    if (flag("no-tokenizer")) childArgs.push("--no-tokenizer");
    const p = spawn(process.execPath, childArgs, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => { err += d; process.stderr.write(d); });
    const timer = setTimeout(() => { p.kill("SIGKILL"); }, timeout * 1000);
    p.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split("\n").pop();
      let r;
      try { r = JSON.parse(line); } catch { r = { n }; }
      if (signal === "SIGKILL") r.error = `timed out after ${timeout} s`;
      else if (code !== 0 && !r.error) r.error = `child exited with code ${code}${signal ? ` (${signal})` : ""}: ${err.trim().split("\n").slice(-3).join(" | ")}`;
      done({ n, ...r });
    });
  });
}

// ---------------------------------------------------------------------------------------------

async function child(n, seed) {
  const log = (s) => process.stderr.write(`[${n}] ${s}\n`);
  const gc = globalThis.gc ?? (() => {});
  const r = { n };
  const emit = () => { process.stdout.write(JSON.stringify(r) + "\n"); };

  let t = performance.now();
  const { files, gold } = generateCorpus(n, seed);
  r.generateSeconds = (performance.now() - t) / 1000;
  r.bytes = files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
  r.events = gold.generator.events;
  log(`generated ${files.length} articles, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.events} events in ${r.generateSeconds.toFixed(1)} s`);
  if (flag("write")) writeCorpus(join(here, ".corpus", String(n)), { files, gold });
  const warm = generateCorpus(60, seed + 1000).files;

  // (a) bare tokenizer
  if (!flag("no-tokenizer")) {
    try {
      const { default: winkNLP } = await import("wink-nlp");
      const { default: model } = await import("wink-eng-lite-web-model");
      const nlp = winkNLP(model, []);
      for (const f of warm) nlp.readDoc(f.text).tokens().length();
      gc();
      let tokens = 0;
      t = performance.now();
      for (const f of files) tokens += nlp.readDoc(f.text).tokens().length();
      r.tokenizerSeconds = (performance.now() - t) / 1000;
      r.tokens = tokens;
      log(`tokenizer: ${tokens} tokens in ${r.tokenizerSeconds.toFixed(2)} s`);
    } catch (e) {
      r.tokenizerError = String(e?.message ?? e);
      log(`tokenizer unavailable: ${r.tokenizerError}`);
    }
  }

  // (b) the engine
  let model;
  try {
    model = await import("@proj/model");
  } catch (e) {
    r.error = `@proj/model not importable (build it: npx turbo run build --filter=@proj/model): ${String(e?.message ?? e).split("\n")[0]}`;
    log(r.error);
    emit();
    return;
  }
  const { Corpus, buildReport } = model;
  const uriOf = (name) => `file:///bench/${n}/${name}`;
  try {
    const w = new Corpus({ tolerance: 0.04 });
    for (const f of warm) w.set(`file:///warm/${f.name}`, f.text);
    buildReport(w, { pathOf: (u) => u });
  } catch (e) {
    r.error = `engine failed on the warm-up corpus: ${String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ")}`;
    log(r.error);
    emit();
    return;
  }
  gc();
  const base = process.memoryUsage();
  r.baseRss = base.rss;
  r.baseHeap = base.heapUsed;
  let peakRss = base.rss, peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  let report;
  const corpus = new Corpus({ tolerance: 0.04 });
  try {
    const every = Math.max(1, Math.floor(n / 100));
    t = performance.now();
    for (let i = 0; i < files.length; i++) {
      corpus.set(uriOf(files[i].name), files[i].text);
      if (i % every === 0) sample();
    }
    r.setSeconds = (performance.now() - t) / 1000;
    sample();
    log(`corpus.set x${n}: ${r.setSeconds.toFixed(2)} s`);
    t = performance.now();
    report = buildReport(corpus, { pathOf: (u) => u });
    r.reportSeconds = (performance.now() - t) / 1000;
    sample();
    log(`buildReport: ${r.reportSeconds.toFixed(2)} s, ${report.conflicts?.length ?? 0} conflicts`);
  } catch (e) {
    r.error = `engine threw: ${String(e?.stack ?? e).split("\n").slice(0, 3).join(" | ")}`;
    log(r.error);
    emit();
    return;
  }
  r.engineSeconds = r.setSeconds + r.reportSeconds;
  r.peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  r.peakHeap = peakHeap;
  r.peakMalloced = v8.getHeapStatistics().peak_malloced_memory;
  r.conflicts = report.conflicts?.length ?? 0;
  Object.assign(r, scoreEvents(gold, corpus.events(), uriOf));

  // accuracy against the injected gold
  const texts = new Map(files.map((f) => [f.name, f.text]));
  if (flag("write")) {
    const dir = join(here, ".corpus", String(n));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "report.json"), JSON.stringify(report) + "\n");
  }
  t = performance.now();
  Object.assign(r, score(gold, texts, report, model));
  r.scoreSeconds = (performance.now() - t) / 1000;
  log(`scored with ${r.scorer} in ${r.scoreSeconds.toFixed(1)} s`);
  emit();
}

/**
 * Which articles report the same happening, against the generator's events: precision and recall
 * over pairs of articles, counted from the table of found group × true event (linear in articles).
 */
function scoreEvents(gold, events, uriOf) {
  const truth = new Map();
  for (const e of gold.events) for (const f of e.files) truth.set(uriOf(f), e.id);
  const pairs = (k) => (k * (k - 1)) / 2;
  const cells = new Map();
  const trueSizes = new Map();
  for (const id of truth.values()) trueSizes.set(id, (trueSizes.get(id) ?? 0) + 1);
  let foundPairs = 0;
  for (const e of events) {
    foundPairs += pairs(e.sources.length);
    for (const u of e.sources) {
      const key = `${e.id}|${truth.get(u)}`;
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
  }
  const both = [...cells.values()].reduce((s, k) => s + pairs(k), 0);
  const truePairs = [...trueSizes.values()].reduce((s, k) => s + pairs(k), 0);
  return {
    eventsFound: events.length,
    eventPrecision: foundPairs ? both / foundPairs : 1,
    eventRecall: truePairs ? both / truePairs : 1,
    largestEvent: Math.max(0, ...events.map((e) => e.sources.length)),
  };
}

/** Conflict pairs and must-not-flag pairs of the gold, plus what the report says about each. */
function score(gold, texts, report, model) {
  const out = {};
  const reported = [];
  const lineStarts = new Map();
  const startsOf = (file) => {
    let s = lineStarts.get(file);
    if (!s) {
      const text = texts.get(file);
      s = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) s.push(i + 1);
      lineStarts.set(file, s);
    }
    return s;
  };
  const base = (p) => p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
  for (const c of report.conflicts ?? []) {
    const claims = (c.claims ?? []).map((cl) => {
      const file = base(cl.path ?? cl.uri ?? "");
      if (!texts.has(file)) return null;
      const s = startsOf(file);
      const off = (p) => (p.line >= s.length ? Infinity : s[p.line] + p.character);
      return { file, start: off(cl.range.start), end: off(cl.range.end) };
    });
    for (const [i, j] of c.disagreements ?? []) if (claims[i] && claims[j]) reported.push({ kind: c.kind, a: claims[i], b: claims[j], matched: false });
  }
  out.reportedPairs = reported.length;
  const conflictPairs = gold.conflicts.reduce((s, c) => s + (c.conflicting_pairs?.length ?? 0) + (c.optional_pairs?.length ?? 0), 0);
  let mustNotPairs = 0;
  for (const e of gold.must_not_flag) { const k = e.mentions.length; mustNotPairs += (k * (k - 1)) / 2; }

  // The engine's own scorer (same rules as shared/eval/score.mjs) when exported and affordable:
  // it compares every reported pair with every gold pair.
  if (typeof model.scoreReport === "function" && reported.length * (conflictPairs + mustNotPairs) < 3e8) {
    try {
      const s = model.scoreReport(gold, texts, report);
      Object.assign(out, { scorer: "@proj/model scoreReport", recall: s.recall, found: s.coreFound, core: s.core, falseAlarms: s.violated, mustNot: s.mustNot, unreviewed: s.unreviewed, summary: s.summary });
    } catch (e) {
      out.scorerError = String(e?.message ?? e);
    }
  }

  // Indexed check (always run, for the breakdown by kind of must-not-flag entry): a gold pair is
  // reported when one disagreement has a claim overlapping a mention in each of its two files.
  const byFile = new Map();
  reported.forEach((p, idx) => {
    for (const cl of [p.a, p.b]) { if (!byFile.has(cl.file)) byFile.set(cl.file, []); byFile.get(cl.file).push({ cl, idx }); }
  });
  const locate = (m) => {
    const text = texts.get(m.file);
    let at = -1;
    for (let k = 0; k < (m.occurrence ?? 1); k++) at = text.indexOf(m.text, at + 1);
    return { file: m.file, start: at, end: at + m.text.length };
  };
  const overlapping = (m) => (byFile.get(m.file) ?? []).filter(({ cl }) => cl.start < m.end && m.start < cl.end);
  const pairsTouching = (ma, mb) => {
    const res = [];
    const A = overlapping(ma), B = overlapping(mb);
    for (const x of A) for (const y of B) {
      if (x.idx !== y.idx) continue;
      const p = reported[x.idx];
      if ((p.a === x.cl && p.b === y.cl) || (p.b === x.cl && p.a === y.cl)) res.push(p);
    }
    return res;
  };
  let core = 0, found = 0;
  for (const c of gold.conflicts) {
    const ms = c.mentions.map(locate);
    const inFile = (f) => ms.filter((m) => m.file === f);
    const check = ([fa, fb]) => {
      const hits = [];
      for (const ma of inFile(fa)) for (const mb of inFile(fb)) if (ma !== mb) hits.push(...pairsTouching(ma, mb));
      hits.forEach((p) => (p.matched = true));
      return hits.length > 0;
    };
    for (const pr of c.conflicting_pairs ?? []) { core++; if (check(pr)) found++; }
    for (const pr of c.optional_pairs ?? []) check(pr);
  }
  const cats = {};
  const catOf = (id) => (id.startsWith("xev-") ? "cross-event" : id.includes("-trap-") ? "trap" : "compatible");
  for (const e of gold.must_not_flag) {
    const cat = (cats[catOf(e.id)] ??= { pairs: 0, violated: 0 });
    const ms = e.mentions.map(locate);
    for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) {
      if (ms[i].file === ms[j].file) continue;
      cat.pairs++;
      const bad = pairsTouching(ms[i], ms[j]).filter((p) => !e.kinds || e.kinds.includes(p.kind));
      bad.forEach((p) => (p.matched = true));
      if (bad.length) cat.violated++;
    }
  }
  out.byCategory = cats;
  out.simple = { found, core, recall: core ? found / core : 1, unreviewed: reported.filter((p) => !p.matched).length };
  if (!out.scorer) {
    out.scorer = "bench overlap check";
    out.recall = out.simple.recall;
    out.found = found;
    out.core = core;
    out.falseAlarms = Object.values(cats).reduce((s, c) => s + c.violated, 0);
    out.mustNot = Object.values(cats).reduce((s, c) => s + c.pairs, 0);
    out.unreviewed = out.simple.unreviewed;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function printTable(results) {
  const f1 = (x, d = 1) => (x === undefined || Number.isNaN(x) ? "—" : x.toFixed(d));
  const mb = (x) => (x === undefined ? "—" : `${(x / 2 ** 20).toFixed(0)} MiB`);
  const ok = results.filter((r) => !r.error);
  const rows = [];
  const row = (label, fn, target = "") => rows.push([label, ...results.map((r) => { try { return fn(r) ?? "—"; } catch { return "—"; } }), target]);
  const engRate = (r) => r.n / r.engineSeconds;
  const tokRate = (r) => r.n / r.tokenizerSeconds;
  const mark = (good) => (good ? "ok" : "MISSED");

  row("articles / MB / events", (r) => `${r.n} / ${f1(r.bytes / 1e6)} / ${r.events ?? "—"}`);
  row("tokenizer (wink-nlp bare): s", (r) => f1(r.tokenizerSeconds, 2));
  row("tokenizer: articles/s", (r) => f1(tokRate(r), 0));
  row("tokenizer: MB/s", (r) => f1(r.bytes / 1e6 / r.tokenizerSeconds, 2));
  row("engine: corpus.set all, s", (r) => f1(r.setSeconds, 2));
  row("engine: buildReport, s", (r) => f1(r.reportSeconds, 2));
  row("engine: total, s", (r) => (r.error ? r.error.slice(0, 40) : `${f1(r.engineSeconds, 2)}${r.n === 10000 ? ` ${mark(r.engineSeconds < TARGET.tenKSeconds)}` : ""}`),
    `10,000 articles < ${TARGET.tenKSeconds} s`);
  row("engine: articles/s (1 core)", (r) => `${f1(engRate(r), 0)} ${mark(engRate(r) >= TARGET.articlesPerSec)}`, `>= ${TARGET.articlesPerSec}`);
  row("engine: MB/s (1 core)", (r) => f1(r.bytes / 1e6 / r.engineSeconds, 2));
  row("engine / tokenizer throughput", (r) => (r.tokenizerSeconds ? `${f1(r.tokenizerSeconds / r.engineSeconds, 2)} ${mark(r.tokenizerSeconds / r.engineSeconds >= TARGET.tokenizerRatio)}` : "—"),
    `>= ${TARGET.tokenizerRatio}`);
  row("peak RSS (whole process)", (r) => mb(r.peakRss));
  row("RSS before engine", (r) => mb(r.baseRss));
  row("peak heap used (sampled)", (r) => mb(r.peakHeap));
  row("conflicts reported / pairs", (r) => `${r.conflicts} / ${r.reportedPairs}`);
  row("recall of injected conflicts", (r) => `${f1(r.recall, 2)} (${r.found}/${r.core})`);
  row("false alarms (all must-not)", (r) => `${r.falseAlarms}/${r.mustNot}`);
  row("  compatible wordings", (r) => `${r.byCategory.compatible?.violated ?? 0}/${r.byCategory.compatible?.pairs ?? 0}`);
  row("  look-alike traps", (r) => `${r.byCategory.trap?.violated ?? 0}/${r.byCategory.trap?.pairs ?? 0}`);
  row("  across different events", (r) => `${r.byCategory["cross-event"]?.violated ?? 0}/${r.byCategory["cross-event"]?.pairs ?? 0}`);
  row("unreviewed reported pairs", (r) => String(r.unreviewed));
  row("events found / generated (largest)", (r) => `${r.eventsFound} / ${r.events} (${r.largestEvent})`);
  row("events: pair precision / recall", (r) => `${r.eventPrecision.toFixed(3)} / ${r.eventRecall.toFixed(3)}`);

  const header = ["", ...results.map((r) => `${r.n} articles`), "target"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));

  console.log("");
  if (ok.length >= 2) {
    const [a, b] = [ok[0], ok[ok.length - 1]];
    const ratio = b.engineSeconds / a.engineSeconds, sizeRatio = b.n / a.n;
    console.log(`time ratio ${a.n} -> ${b.n} articles (x${sizeRatio}): ${ratio.toFixed(2)}  target < ${(TARGET.scaling * sizeRatio).toFixed(1)}  ${mark(ratio < TARGET.scaling * sizeRatio)}`);
  } else console.log("time ratio: n/a (needs two sizes that ran)");
  if (!results.some((r) => r.n === 10000)) console.log(`10,000 articles < ${TARGET.tenKSeconds} s: n/a at these sizes (run without --quick)`);
  for (const r of results) {
    if (r.error) console.log(`[${r.n}] ${r.error}`);
    if (r.tokenizerError) console.log(`[${r.n}] tokenizer: ${r.tokenizerError}`);
    if (r.scorerError) console.log(`[${r.n}] scoreReport failed (${r.scorerError}); used the bench overlap check`);
    if (r.summary) console.log(`[${r.n}] ${r.scorer}: ${r.summary}`);
    else if (r.scorer) console.log(`[${r.n}] scored with ${r.scorer}`);
  }
  console.log("\nEngine time = corpus.set for every article + buildReport, in one thread (per core). Peak RSS is the");
  console.log("process maximum (generated texts and the tokenizer model included); heap is sampled between calls.");
}
