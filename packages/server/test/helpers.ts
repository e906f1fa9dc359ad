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
