#!/usr/bin/env node
// The GraphQL server under load (part of `npm run bench`; needs packages/server/dist).
//
//   node bench/server.mjs [--duration 10] [--connections 50] [--articles 1000] [--adds 300] [--seed 1]
//
// Each server runs in a child process of its own and autocannon 9 loads it from this one, over
// loopback, with the same POST for every request (1 and 2 alternate twice; each keeps its better run):
//   1. a bare graphql-yoga server answering `{ hello }` (bench/helloServer.mjs): the reference;
//   2. `corroborate-server seeds` answering GraphiQL's default query (every conflict with its claims
//      and sources, first: 20);
//   3. the same server over bench/generate.mjs's corpus of --articles articles.
// Then addSource throughput: --adds generated articles posted one after another over HTTP into a
// fresh PGlite store, then --adds more from 16 clients at once (the server writes them in groups). A benchmark reports; it does not fail: a missed target is marked MISSED.

import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { generateCorpus, writeCorpus } from "./generate.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i < 0 ? dflt : Number(args[i + 1]);
};
const DURATION = opt("duration", 10);
const CONNECTIONS = opt("connections", 50);
const ARTICLES = opt("articles", 1000);
const ADDS = opt("adds", 300);
const SEED = opt("seed", 1);
const TARGET = { ratio: 0.5, p99Ms: 20, addsPerSec: 100 };

const { defaultQuery } = await import(join(root, "packages/server/dist/defaultQuery.js"));

/** Starts a server process and resolves to its GraphQL URL once it prints one (and has loaded). */
function startProcess(script, scriptArgs, env = {}) {
  const child = spawn(process.execPath, [script, ...scriptArgs], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const url = new Promise((resolve, reject) => {
    const onData = (b) => {
      out += b;
      const m = /(http:\/\/\S+\/graphql)/.exec(out);
      // corroborate-server prints its URL, then what it loaded: wait for both
      if (m && (/Loaded /.test(out) || /listening at/.test(out))) resolve(m[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (b) => (out += b));
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${out}`)));
  });
  return {
    url,
    output: () => out,
    stop: () => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", resolve), child.kill("SIGTERM")))),
  };
}

async function load(url, query, label) {
  const body = JSON.stringify({ query });
  const options = { url, method: "POST", headers: { "content-type": "application/json" }, body, connections: CONNECTIONS };
  // warm up (JIT, caches), then measure
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: DURATION });
  const failed = r.errors + r.timeouts + r.non2xx;
  process.stderr.write(`  ${label}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${failed ? `, ${failed} failed` : ""}\n`);
  return { label, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failed, bytes: r.throughput.average };
}

async function check(url, query) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const json = await res.json();
  if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors)}`);
  return { bytes: JSON.stringify(json).length, conflicts: json.data.conflicts?.edges.length };
}

const tmp = await mkdtemp(join(os.tmpdir(), "corroborate-bench-server-"));
const serverBin = join(root, "packages/server/bin/corroborate-server.js");
const serverEnv = (name) => ({ PORT: "0", DATA_DIR: join(tmp, name), NODE_ENV: "production" });
const results = [];
try {
  const cpus = os.cpus();
  console.log("corroborate GraphQL server benchmark");
  console.log(`machine: node ${process.version}, ${cpus[0]?.model ?? "?"} (${cpus.length} logical cores); autocannon ${CONNECTIONS} connections, ${DURATION} s after a 2 s warm-up, loopback`);

  // the reference and the seeds run alternately, twice, both servers up; each keeps its better run:
  // on a shared virtual machine a burst of other work would otherwise decide the ratio
  process.stderr.write("bare graphql-yoga and the seeds, alternately\n");
  const hello = startProcess(join(here, "helloServer.mjs"), []);
  const seeds = startProcess(serverBin, [join(root, "seeds")], serverEnv("seeds"));
  const [helloUrl, seedsUrl] = await Promise.all([hello.url, seeds.url]);
  const seedShape = await check(seedsUrl, defaultQuery);
  const better = (a, b) => (b.reqPerSec > a.reqPerSec ? b : a);
  let bareBest;
  let seedsBest;
  for (let round = 0; round < 2; round++) {
    const b = await load(helloUrl, "{ hello }", "bare yoga { hello }");
    const s = await load(seedsUrl, defaultQuery, "conflicts query, seeds");
    bareBest = bareBest ? better(bareBest, b) : b;
    seedsBest = seedsBest ? better(seedsBest, s) : s;
  }
  results.push(bareBest, { ...seedsBest, shape: seedShape });
  await Promise.all([hello.stop(), seeds.stop()]);

  process.stderr.write(`${ARTICLES} generated articles\n`);
  const corpusDir = join(tmp, "corpus");
  writeCorpus(corpusDir, generateCorpus(ARTICLES, SEED));
  const t0 = performance.now();
  const big = startProcess(serverBin, [corpusDir], serverEnv("big"));
  const bigUrl = await big.url;
  const startSeconds = (performance.now() - t0) / 1000;
  const bigShape = await check(bigUrl, defaultQuery);
  results.push({ ...(await load(bigUrl, defaultQuery, `conflicts query, ${ARTICLES} articles`)), shape: bigShape, startSeconds });
  await big.stop();

  process.stderr.write(`addSource × ${ADDS} into PGlite\n`);
  const adds = startProcess(serverBin, [], serverEnv("adds"));
  const addsUrl = await adds.url;
  const articles = generateCorpus(ADDS, SEED + 1).files;
  const ADD = `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id } introducedConflicts { id } userErrors { code } } }`;
  const post = (input) =>
    fetch(addsUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: ADD, variables: { input } }) }).then((r) => r.json());
  let introduced = 0;
  const addOne = async (f, prefix) => {
    const r = await post({ text: f.text, uri: `https://bench.example/${prefix}/${f.name}` });
    if (r.errors || r.data.addSource.userErrors.length) throw new Error(`addSource failed: ${JSON.stringify(r)}`);
    introduced += r.data.addSource.introducedConflicts.length;
  };
  // one client after another: each article waits for the one before
  let tAdd = performance.now();
  for (const f of articles) await addOne(f, "serial");
  const addSeconds = (performance.now() - tAdd) / 1000;
  const addsPerSec = ADDS / addSeconds;
  // CLIENTS clients at once, into the same store (now holding the first ADDS): written in groups
  const CLIENTS = 16;
  const queue = [...articles];
  tAdd = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    for (let f = queue.shift(); f; f = queue.shift()) await addOne(f, "concurrent");
  }));
  const concurrentSeconds = (performance.now() - tAdd) / 1000;
  const concurrentPerSec = ADDS / concurrentSeconds;
  await adds.stop();

  const [bare, seedRun, bigRun] = results;
  const mark = (ok) => (ok ? "met" : "**MISSED**");
  console.log("\n| | req/s | p50 ms | p99 ms | ÷ bare yoga | response |");
  console.log("|---|---|---|---|---|---|");
  for (const r of results) {
    const shape = r.shape ? `${(r.shape.bytes / 1024).toFixed(1)} KB, ${r.shape.conflicts} conflicts` : "";
    console.log(`| ${r.label} | ${r.reqPerSec.toFixed(0)} | ${r.p50} | ${r.p99} | ${(r.reqPerSec / bare.reqPerSec).toFixed(2)} | ${shape} |`);
  }
  console.log(`\nseeds: conflicts query ÷ bare = ${(seedRun.reqPerSec / bare.reqPerSec).toFixed(2)} (target ≥ ${TARGET.ratio}: ${mark(seedRun.reqPerSec / bare.reqPerSec >= TARGET.ratio)}), ` +
    `p99 ${seedRun.p99} ms (target < ${TARGET.p99Ms}: ${mark(seedRun.p99 < TARGET.p99Ms)})`);
  console.log(`${ARTICLES} articles: ${bigRun.reqPerSec.toFixed(0)} req/s, p99 ${bigRun.p99} ms; server start (store ${ARTICLES} articles, analyse, relate) ${bigRun.startSeconds.toFixed(1)} s`);
  console.log(`addSource: ${ADDS} articles one after another over HTTP into PGlite in ${addSeconds.toFixed(1)} s = ${addsPerSec.toFixed(0)} articles/s ` +
    `(target ≥ ${TARGET.addsPerSec}: ${mark(addsPerSec >= TARGET.addsPerSec)})`);
  console.log(`addSource: ${ADDS} more from ${CLIENTS} clients at once (group commit) in ${concurrentSeconds.toFixed(1)} s = ${concurrentPerSec.toFixed(0)} articles/s ` +
    `(target ≥ ${TARGET.addsPerSec}: ${mark(concurrentPerSec >= TARGET.addsPerSec)}); ${introduced} conflicts introduced in all`);
  if (results.some((r) => r.failed)) console.log(`failed requests: ${results.map((r) => `${r.label} ${r.failed}`).join(", ")}`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
process.exit(0);
