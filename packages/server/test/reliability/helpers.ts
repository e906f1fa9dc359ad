/**
 * Shared by the reliability tests: the built server as a real process, a fresh PostgreSQL database
 * or a whole throwaway cluster, deterministic articles that carry a check of their own, and the
 * number of rounds each test runs (small in `npm test`, large in `npm run test:reliability`).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freshDatabase as sharedFreshDatabase, serverUrl } from "../helpers.js";

export const BIN = fileURLToPath(new URL("../../bin/corroborate-server.js", import.meta.url));
export const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
export const ADMIN_URL = process.env.TEST_DATABASE_URL;

/** `RELIABILITY=long` (the reliability script) runs the long versions. */
export const LONG = process.env.RELIABILITY === "long";

/** A whole number from the environment, or the default for this mode. */
export function envInt(name: string, short: number, long: number): number {
  const v = process.env[name];
  if (v !== undefined && v !== "") {
    const n = Number(v);
    if (Number.isInteger(n) && n > 0) return n;
    throw new Error(`${name} must be a positive whole number, not ${JSON.stringify(v)}`);
  }
  return LONG ? long : short;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code, or the signal's name. */
  exited: Promise<number | string | null>;
}

/** Starts `corroborate-server` as its own process and waits until it listens. */
export async function spawnServer(env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, PORT: "0", NODE_ENV: "test", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | string | null>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const started = serverUrl(child);
  const url = await started.url;
  return { child, url, output: started.output, exited };
}

/** A database of its own on the TEST_DATABASE_URL server, dropped afterwards. */
export function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return sharedFreshDatabase(ADMIN_URL!);
}

const PG_SCRIPT = `${REPO}scripts/test-postgres.sh`;
const PGBIN = "/usr/lib/postgresql/15/bin";

/** A throwaway cluster this test may stop and start can be made here: PostgreSQL 15 installed, and root (runuser). */
export const canRunCluster = existsSync(`${PGBIN}/pg_ctl`) && process.getuid?.() === 0;

/** A PostgreSQL cluster of the test's own, so that stopping it disturbs nobody else. */
export function startCluster(): { url: string; stop: () => void; start: () => void; remove: () => void } {
  const out = execFileSync("bash", [PG_SCRIPT, "start"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  const dir = /PG_TEST_DIR=(\S+)/.exec(out)![1];
  const url = /TEST_DATABASE_URL=(\S+)/.exec(out)![1];
  const port = new URL(url).port;
  const ctl = (...args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", `${PGBIN}/pg_ctl`, "-D", `${dir}/data`, ...args], { stdio: "ignore" });
  return {
    url,
    stop: () => ctl("-m", "immediate", "-w", "stop"),
    start: () => ctl("-l", `${dir}/log`, "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"),
    remove: () => execFileSync("bash", [PG_SCRIPT, "stop", dir], { stdio: "ignore" }),
  };
}

// ---- articles that say what they should be ----

/** A tiny deterministic generator (mulberry32), so that an article's text follows from its number alone. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ["the northern valley", "the harbour district", "the old town", "the river port", "the hill villages"];
const THINGS = ["houses", "families", "vehicles", "shops", "boats"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/**
 * Article `n` of a run: a headline, a few news sentences and filler up to a few kilobytes (some much
 * longer), ending in a line that names the article and its length, so that any cut shows.
 */
export function article(run: string, n: number): { uri: string; text: string } {
  const r = random(n * 7919 + run.length);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = [`Storm damage report ${n} from ${pick(PLACES)}`, "", `March ${1 + (n % 28)}, 2024`, ""];
  const sentences = 3 + Math.floor(r() * 8);
  for (let i = 0; i < sentences; i++) {
    lines.push(`About ${10 + Math.floor(r() * 5000)} ${pick(THINGS)} were damaged in ${pick(PLACES)} on ${pick(DAYS)}, officials said.`);
  }
  // one article in ten is large, so that writes of very different sizes interleave
  const filler = r() < 0.1 ? 40_000 + Math.floor(r() * 60_000) : Math.floor(r() * 3000);
  lines.push("Residents said the clean-up would take weeks. ".repeat(Math.ceil(filler / 46)));
  const uri = `https://example.com/${run}/${n}`;
  const body = lines.join("\n");
  return { uri, text: `${body}\n-- end of ${uri}, ${body.length} characters --\n` };
}

export const ADD = `mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri } userErrors { code message } } }`;

/** Posts one addSource; true when the server acknowledged the article as stored. */
export async function addSource(url: string, input: { uri?: string; text: string; title?: string }, signal?: AbortSignal): Promise<boolean> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query: ADD, variables: { input } }),
    signal,
  });
  const body = (await res.json()) as { data?: { addSource: { source: { uri: string } | null; userErrors: { code: string; message: string }[] } }; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`addSource answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  const r = body.data!.addSource;
  if (r.userErrors.length) throw new Error(`addSource refused ${input.uri}: ${JSON.stringify(r.userErrors)}`);
  return r.source?.uri === input.uri;
}

/** Every stored source with its text, paging through the connection as a client would. */
export async function allSources(url: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query($after: String) { sources(first: 100, after: $after) { edges { node { uri text } } pageInfo { hasNextPage endCursor } } }`,
        variables: { after },
      }),
    });
    const body = (await res.json()) as any;
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    for (const e of body.data.sources.edges) found.set(e.node.uri, e.node.text);
    if (!body.data.sources.pageInfo.hasNextPage) return found;
    after = body.data.sources.pageInfo.endCursor;
  }
}

/** Resident memory of a process, in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
  } catch {
    return NaN;
  }
}

export const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Prints a test's figures on one line; the reliability script collects these lines for docs/RELIABILITY.md. */
export function record(test: string, figures: Record<string, unknown>): void {
  console.log(`[reliability] ${JSON.stringify({ test, ...figures })}`);
}
