/**
 * Soak: 100 concurrent connections on loopback against the real server process, each cycling through
 * queries, an addSource of an article of its own and a removeSource of it (so that the corpus stays
 * the same size and memory must not grow), with zero failed requests: no connection error, no
 * timeout, no status other than 200, no GraphQL error, no refused write. Resident memory is sampled
 * throughout; the p99 latency is recorded.
 *
 * npm test runs it for SOAK_SECONDS (default 15); the reliability script for 600 (10 minutes).
 */
import autocannon from "autocannon";
import { describe, expect, it } from "vitest";
import { tempDataDir } from "../helpers.js";
import { article, envInt, percentile, record, rssMb, spawnServer } from "./helpers.js";

const SECONDS = envInt("SOAK_SECONDS", 15, 600);
const CONNECTIONS = envInt("SOAK_CONNECTIONS", 100, 100);

const QUERIES = [
  `{ sources(first: 20) { edges { node { id uri title date } } pageInfo { hasNextPage endCursor } } }`,
  `{ conflicts(first: 20) { edges { node { id kind subject message claims { text value source { uri } } } } } }`,
  `{ events(first: 10) { edges { node { title date sources { uri } } } } }`,
  `{ entities(first: 20) { edges { node { name } } } }`,
];
const ADD = `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id uri } introducedConflicts { id subject } userErrors { code message } } }`;
const REMOVE = `mutation($input: RemoveSourceInput!) { removeSource(input: $input) { removedSourceId removedConflictIds userErrors { code message } } }`;
const body = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

describe("soak", () => {
  it(`${CONNECTIONS} connections for ${SECONDS} s mixing queries, addSource and removeSource: zero failures, flat memory`, async () => {
    const tmp = await tempDataDir();
    const server = await spawnServer({ DATA_DIR: tmp.dir }, [new URL("../../../../seeds", import.meta.url).pathname]);
    const pid = server.child.pid!;
    let graphqlErrors = 0;
    let refusedWrites = 0;
    let adds = 0;
    let removes = 0;
    const firstErrors: string[] = [];
    const fail = (what: string) => {
      if (firstErrors.length < 5) firstErrors.push(what.slice(0, 500));
    };
    const check = (kind: "query" | "add" | "remove") => (status: number, text: string, context: Record<string, unknown>) => {
      let json: any;
      try {
        json = JSON.parse(text);
      } catch {
        graphqlErrors++;
        return fail(`${kind}: not JSON (${status}): ${text}`);
      }
      if (json.errors?.length || !json.data) {
        graphqlErrors++;
        return fail(`${kind}: ${text}`);
      }
      if (kind === "add") {
        const r = json.data.addSource;
        if (r.userErrors.length || !r.source) {
          refusedWrites++;
          return fail(`add: ${text}`);
        }
        context.id = r.source.id;
        adds++;
      } else if (kind === "remove") {
        const r = json.data.removeSource;
        if (r.userErrors.length || !r.removedSourceId) {
          refusedWrites++;
          return fail(`remove: ${text}`);
        }
        removes++;
      }
    };
    let n = 0;
    const post = (make: (context: Record<string, unknown>) => string, kind: "query" | "add" | "remove") => ({
      method: "POST" as const,
      path: "/graphql",
      headers: { "content-type": "application/json" },
      setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => ({ ...req, body: make(context) }),
      onResponse: check(kind),
    });

    const samples: { t: number; mb: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, mb: rssMb(pid) }), 2000);
    try {
      const result = await autocannon({
        url: server.url.replace(/\/graphql$/, ""),
        connections: CONNECTIONS,
        duration: SECONDS,
        timeout: 30,
        requests: [
          post(() => body(QUERIES[0]), "query"),
          post(() => body(ADD, { input: article("soak", n++) }), "add"),
          post(() => body(QUERIES[1]), "query"),
          post(() => body(QUERIES[2]), "query"),
          post((c) => body(REMOVE, { input: { id: c.id } }), "remove"),
          post(() => body(QUERIES[3]), "query"),
        ],
      });
      clearInterval(sampler);
      const requests = result.requests.total;
      const nonOk = result.non2xx;
      // memory after warm-up (the first fifth): the last quarter's median against the second quarter's
      const after = samples.filter((s) => s.t > SECONDS / 5);
      const q = (from: number, to: number) => percentile(after.filter((s) => s.t >= SECONDS * from && s.t < SECONDS * to).map((s) => s.mb), 50);
      const early = q(0.25, 0.5);
      const late = q(0.75, 1.01);
      const figures = {
        seconds: SECONDS,
        connections: CONNECTIONS,
        requests,
        requestsPerSecond: Math.round(result.requests.average),
        addSource: adds,
        removeSource: removes,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: nonOk,
        graphqlErrors,
        refusedWrites,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        rssMb: { warm: Math.round(early), end: Math.round(late), max: Math.round(Math.max(...samples.map((s) => s.mb))) },
      };
      record("server soak", figures);
      expect(firstErrors, JSON.stringify(figures)).toEqual([]);
      expect(result.errors + result.timeouts + nonOk + graphqlErrors + refusedWrites).toBe(0);
      expect(adds).toBeGreaterThan(0);
      expect(server.child.exitCode).toBeNull();
      // flat: what a garbage-collected heap wanders by, not growth with the number of requests
      if (SECONDS >= 60) expect(late).toBeLessThan(early * 1.25 + 32);
    } finally {
      clearInterval(sampler);
      server.child.kill("SIGTERM");
      await server.exited;
      await tmp.remove();
    }
  }, (SECONDS + 120) * 1000);
});
