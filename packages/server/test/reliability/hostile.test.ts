/**
 * Hostile GraphQL over real HTTP against the server as its own process: each request gets a clear
 * error with the right status, never a stack trace, and the process goes on answering (a crash would
 * show as a refused connection on the next request). Also: a uri given to the server is a name, never
 * a path it reads or writes; nothing is written outside the data directory.
 */
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADD, spawnServer, type ServerProcess } from "./helpers.js";

const SEEDS = new URL("../../../../seeds", import.meta.url).pathname;
const STACK = /\bat .*\.(js|ts|mjs|cjs):\d+|"stack"|node:internal|node_modules/;

let root: string;
let dataDir: string;
let server: ServerProcess;
let url: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "corroborate-hostile-"));
  dataDir = join(root, "data", "db");
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "outside", "secret.txt"), "SECRET-CONTENT About 99 people were evacuated on Monday, officials said.\n");
  server = await spawnServer({ DATA_DIR: dataDir, MAX_ARTICLE_BYTES: String(256 * 1024) }, [SEEDS]);
  url = server.url;
}, 60_000);
afterAll(async () => {
  server?.child.kill("SIGTERM");
  await server?.exited;
  await rm(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  text: string;
  json?: { data?: any; errors?: { message: string; extensions?: any }[] };
  ms: number;
}

/** A POST of raw bytes; the answer must carry no stack trace, and the server must still be alive. */
async function send(body: string | Buffer, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(url, { method: "POST", headers: { accept: "application/graphql-response+json, application/json", ...headers }, body });
  const text = await res.text();
  const ms = performance.now() - t0;
  expect(text).not.toMatch(STACK);
  let json: Answer["json"];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const health = await fetch(url.replace(/graphql$/, "health"));
  expect(health.status).toBe(200);
  return { status: res.status, text, json, ms };
}
const gql = (query: string, variables?: unknown) => send(JSON.stringify({ query, variables }));

/**
 * A refusal: no data, one error whose message matches, and a client error status: 400 for what
 * fails to parse or validate in yoga itself, 200 for graphql-armor's limits (which carry no status).
 */
function refused(a: Answer, _status: number, message: RegExp) {
  expect([200, 400], a.text.slice(0, 300)).toContain(a.status);
  expect(a.json?.data ?? null, a.text.slice(0, 300)).toBeNull();
  expect(a.json?.errors?.[0]?.message, a.text.slice(0, 300)).toMatch(message);
}

describe("query shapes meant to exhaust the server", () => {
  it("a query 60 levels deep", async () => {
    let sel = "uri";
    for (let i = 0; i < 20; i++) sel = `conflicts { claims { source { ${sel} } } }`;
    // the cost limit (checked while parsing) or the depth limit, whichever trips first
    refused(await gql(`{ sources(first: 1) { edges { node { ${sel} } } } }`), 200, /Query depth limit of 10 exceeded|Query Cost limit of 20000 exceeded/);
  });

  it("a query 900 fields wide", async () => {
    refused(await gql(`{ sources { edges { node { ${"uri ".repeat(900)} } } } }`), 400, /too many fields to check; ask for fewer fields/);
  });

  it("many aliases of an expensive field", async () => {
    const fields = Array.from({ length: 200 }, (_, i) => `a${i}: conflicts(first: 100) { edges { node { message } } }`).join(" ");
    refused(await gql(`{ ${fields} }`), 200, /Aliases limit of 20 exceeded|Token limit/);
    const few = Array.from({ length: 20 }, (_, i) => `a${i}: conflicts(first: 100) { edges { node { claims { source { claims { text } } } } } }`).join(" ");
    refused(await gql(`{ ${few} }`), 200, /Query Cost limit of 20000 exceeded/);
  });

  it("fragments that spread each other in a cycle", async () => {
    const a = await gql(`{ sources { edges { node { ...A } } } } fragment A on Source { uri ...B } fragment B on Source { title ...A }`);
    expect([200, 400]).toContain(a.status);
    expect(a.json?.data ?? null).toBeNull();
    expect(a.json?.errors?.map((e) => e.message).join(" ")).toMatch(/Cannot spread fragment "A" within itself|Cannot spread fragment "B" within itself/);
  });

  it("a fragment bomb: each fragment spreads the one below twice (2^30 fields flattened)", async () => {
    const fragments = ["fragment F0 on Source { uri }"];
    for (let i = 1; i <= 30; i++) fragments.push(`fragment F${i} on Source { ...F${i - 1} ...F${i - 1} }`);
    const a = await gql(`{ sources { edges { node { ...F30 } } } } ${fragments.join(" ")}`);
    expect([200, 400]).toContain(a.status);
    expect(a.json?.data ?? null).toBeNull();
    expect(a.json?.errors?.length).toBeGreaterThan(0);
    // refused without expanding it: well under a second's work, allowing for a loaded machine
    expect(a.ms).toBeLessThan(5000);
  });

  it("a thousand global ids in one nodes() call", async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => Buffer.from(`Source:file:///x/${i}.txt`).toString("base64"));
    const a = await gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(a.status).toBe(200);
    // either answered (all null: no such sources) or refused; never a crash
    if (a.json?.data) expect(a.json.data.nodes.every((n: unknown) => n === null)).toBe(true);
    else expect(a.json?.errors?.[0].message).toBeTruthy();
  });
});

describe("variables", () => {
  it("of the wrong type: a GraphQL error naming the variable", async () => {
    const cases: [string, unknown, RegExp][] = [
      [`query($first: Int) { sources(first: $first) { edges { cursor } } }`, { first: "ten" }, /Variable "\$first" got invalid value "ten"/],
      [`query($first: Int) { sources(first: $first) { edges { cursor } } }`, { first: 1e12 }, /Variable "\$first" got invalid value|Int cannot represent/],
      [ADD, { input: { text: 12345 } }, /Variable "\$input" got invalid value 12345 at "input.text"; String cannot represent/],
      [ADD, { input: "an article" }, /Variable "\$input" got invalid value "an article"/],
      [ADD, { input: { text: "x", extra: true } }, /Field "extra" is not defined by type "AddSourceInput"/],
      [ADD, {}, /Variable "\$input" of required type "AddSourceInput!" was not provided/],
      [`query($k: ConflictKind) { conflicts(kind: $k) { edges { cursor } } }`, { k: "EVERYTHING" }, /Value "EVERYTHING" does not exist in "ConflictKind" enum/],
    ];
    for (const [query, variables, message] of cases) {
      const a = await gql(query, variables);
      expect([200, 400], a.text).toContain(a.status);
      expect(a.json?.errors?.[0]?.message ?? a.text, JSON.stringify(variables)).toMatch(message);
    }
  });

  it("huge: an article past the size limit is refused by name, not by crash", async () => {
    const a = await gql(`mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri } userErrors { field code message } } }`, {
      input: { text: "About 40 people were evacuated. ".repeat(16_000) },
    });
    expect(a.status).toBe(200);
    expect(a.json?.data.addSource.userErrors).toEqual([{ field: ["input", "text"], code: "TOO_LARGE", message: expect.stringMatching(/limit is 262144 bytes/) }]);
  });

  it("nested 100,000 levels deep", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const a = await send(`{"query": "query($x: [Int]) { __typename }", "variables": {"x": ${deep}}}`);
    expect([200, 400]).toContain(a.status);
    expect(a.json?.data ?? null).toBeNull();
    expect(a.json?.errors?.[0].message).toBeTruthy();
  });

  it("ten thousand unused variables (under the body limit)", async () => {
    const variables = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`v${i}`, "x".repeat(20)]));
    const a = await gql(`{ sources(first: 1) { edges { cursor } } }`, variables);
    expect(a.status).toBe(200);
    expect(a.json?.data.sources.edges).toHaveLength(1);
  });
});

describe("global ids", () => {
  it("unknown, malformed or of another type: null or NOT_FOUND, never an exception", async () => {
    const ids = [
      "", "%%%", "not base64 at all!", Buffer.from("Nothing:x").toString("base64"), Buffer.from("Source:").toString("base64"),
      Buffer.from("Source:file:///nowhere.txt").toString("base64"), Buffer.from("Conflict:nope").toString("base64"),
      Buffer.from("Claim:" + "x".repeat(10_000)).toString("base64"), Buffer.from("\u0000\uffff").toString("base64"),
    ];
    for (const id of ids) {
      const q = await gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(q.status).toBe(200);
      expect(q.json?.data, id).toEqual({ node: null });
      const m = await gql(`mutation($id: ID!) { removeSource(input: { id: $id }) { removedSourceId userErrors { code } } }`, { id });
      expect(m.json?.data?.removeSource, id).toEqual({ removedSourceId: null, userErrors: [{ code: "NOT_FOUND" }] });
    }
  });
});

describe("bodies that are not GraphQL requests", () => {
  it("oversized: 413 before it is read", async () => {
    const a = await send(Buffer.alloc(4 * 1024 * 1024, 0x20));
    expect(a.status).toBe(413);
    expect(a.json?.errors?.[0].message).toMatch(/Request body too large: the limit is \d+ bytes/);
  });

  it("a body that never ends is cut off at the limit (chunked, no length)", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on("error", (e) => setTimeout(() => reject(e), 500));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
        if (sent < 64 * 1024 * 1024) req.once("drain", pump);
      };
      pump();
    });
    expect(status).toBe(413);
    expect((await fetch(url.replace(/graphql$/, "health"))).status).toBe(200);
  });

  it("malformed JSON, empty, null, an array, wrong field types: 400 with a clear message", async () => {
    const cases: [string, RegExp][] = [
      [`{"query": "{ __typename }"`, /invalid JSON|Unexpected end/i],
      [`{query: 1}`, /invalid JSON|Unexpected token/i],
      [``, /POST body|query|missing|empty/i],
      [`null`, /POST body|query|object/i],
      [`[]`, /batch|POST body|query|array/i],
      [`"just a string"`, /POST body|query|object/i],
      [`{"query": 42}`, /query.*string|Invalid|Expected/i],
      [`{"query": "{ __typename }", "variables": "not an object"}`, /variables/i],
      [`{"query": "{ __typename }", "operationName": 7}`, /operationName|Could not determine what operation/i],
      [`{"query": "{ sources { edges { cursor } } "}`, /Syntax Error/],
      [`\u0000\u0001\u0002`, /invalid JSON|Unexpected token/i],
    ];
    for (const [body, message] of cases) {
      const a = await send(body);
      expect([400, 415].includes(a.status) || (a.status === 200 && !!a.json?.errors), `${JSON.stringify(body)}: ${a.status} ${a.text}`).toBe(true);
      expect(a.json?.errors?.[0].message, JSON.stringify(body)).toMatch(message);
    }
  });

  it("a content type GraphQL does not take", async () => {
    const a = await send("query=%7B__typename%7D", { "content-type": "application/octet-stream" });
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.status).toBeLessThan(500);
  });
});

describe("a uri is a name, never a path", () => {
  /** Every file under the temp root outside the data directory, with its size and time. */
  const outside = () =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .filter((p) => !p.startsWith(join(root, "data")))
      .map((p) => `${p} ${statSync(p).size} ${statSync(p).mtimeMs}`)
      .sort();

  it("addSource with uris naming files outside the data directory reads and writes none of them", async () => {
    const before = outside();
    const secret = pathToFileURL(join(root, "outside", "secret.txt")).href;
    const uris = [
      secret,
      pathToFileURL(join(root, "outside", "created-by-server.txt")).href,
      `file://${dataDir}/../../outside/escape.txt`,
      `file:///${"../".repeat(20)}etc/passwd`,
      "file:///etc/passwd",
      "file:///proc/self/environ",
      "file:///dev/zero",
      "C:\\Windows\\win.ini",
    ];
    for (const uri of uris) {
      const a = await gql(`mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri text } userErrors { code } } }`, {
        input: { uri, text: `Storm report\n\nAbout 12 houses were damaged on Monday, officials said. (${uri})\n` },
      });
      expect(a.status).toBe(200);
      const r = a.json?.data.addSource;
      if (r.source) {
        // what was sent is what is stored: the uri is never opened
        expect(r.source.text).toContain("About 12 houses were damaged");
        expect(r.source.text).not.toContain("SECRET-CONTENT");
      } else expect(r.userErrors[0].code).toMatch(/INVALID|DUPLICATE/);
    }
    // a uri that is a relative path is not a uri at all
    for (const uri of ["../../outside/secret.txt", "/etc/passwd", "outside/secret.txt"]) {
      const a = await gql(`mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri } userErrors { field code } } }`, { input: { uri, text: "About 3 people were hurt, police said." } });
      expect(a.json?.data.addSource.userErrors, uri).toEqual([{ field: ["input", "uri"], code: "INVALID" }]);
    }
    // a query for a uri that is a file on disk finds nothing unless it was added as text
    const q = await gql(`query($uri: String!) { source(uri: $uri) { text } }`, { uri: pathToFileURL(join(root, "outside", "never-added.txt")).href });
    expect(q.json?.data).toEqual({ source: null });
    const s = await gql(`query($uri: String!) { source(uri: $uri) { text } }`, { uri: secret });
    expect(s.json?.data.source.text).not.toContain("SECRET-CONTENT");
    expect(outside()).toEqual(before);
  });
});

describe("a first or last that is negative or huge", () => {
  it("is refused or clamped, never an exception", async () => {
    for (const args of ["first: -5", "last: -1", "first: 2147483647", "first: 0", "after: \"garbage\"", "before: \"\""]) {
      const a = await gql(`{ sources(${args}) { edges { cursor } } }`);
      expect([200, 400], a.text).toContain(a.status);
      if (a.json?.errors) expect(a.json.errors[0].message).not.toMatch(/^Unexpected error\.$/);
      else expect(a.json?.data.sources.edges.length).toBeLessThanOrEqual(100);
    }
  });
});
