import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEEDS = fileURLToPath(new URL("../../../seeds", import.meta.url));

export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "corroborate-server-"));
  return { dir: join(root, "db"), remove: () => rm(root, { recursive: true, force: true }) };
}

export interface GqlResponse<T = any> {
  data?: T;
  errors?: { message: string }[];
}

/** Posts one GraphQL operation over HTTP, as any client would. */
export async function gql<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResponse<T>;
}

/** Like `gql`, but fails the test on any GraphQL error. */
export async function data<T = any>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(url, query, variables);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export const fileName = (uri: string) => uri.slice(uri.lastIndexOf("/") + 1);

/**
 * Waits for a spawned server to say where it listens (the state it prints once loaded), collecting
 * everything it writes; rejects with that output if it exits first.
 */
export function serverUrl(child: import("node:child_process").ChildProcess): { url: Promise<string>; output: () => string } {
  let out = "";
  child.stderr?.on("data", (b) => (out += b));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout?.on("data", (b) => {
      out += b;
      const m = /Loaded .*\n/.test(out) && /at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
  return { url, output: () => out };
}

/** A database of its own on the throwaway PostgreSQL (TEST_DATABASE_URL), dropped afterwards. */
export async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: pg } = await import("pg");
  const name = `corroborate_test_${Math.random().toString(16).slice(2, 14)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface EventStream {
  status: number;
  contentType: string | null;
  /** The next `next` event's payload; undefined when the server completes or closes the stream. */
  next(timeoutMs?: number): Promise<any>;
  close(): void;
}

/**
 * Opens a GraphQL subscription over server-sent events, as a browser's EventSource or any HTTP client
 * would, and reads the stream's events one at a time.
 */
export async function subscribe(url: string, query: string, variables?: Record<string, unknown>): Promise<EventStream> {
  const abort = new AbortController();
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream" },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const nextEvent = async (): Promise<any> => {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const payload = block
          .split("\n")
          .filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trimStart())
          .join("\n");
        if (event === "complete") return undefined;
        if (event === "next" || (!event && payload)) return JSON.parse(payload);
        continue; // a comment (keep-alive)
      }
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return undefined;
      buffer += value;
    }
  };
  return {
    status: res.status,
    contentType: res.headers.get("content-type"),
    next: (timeoutMs = 20_000) => {
      let timer: NodeJS.Timeout;
      const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs)));
      return Promise.race([nextEvent(), timeout]).finally(() => clearTimeout(timer));
    },
    close: () => abort.abort(),
  };
}
