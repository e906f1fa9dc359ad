import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultQuery, eventQuery, sourceQuery } from "../src/defaultQuery.js";
import { main, type RunningServer } from "../src/index.js";
import { data, SEEDS, tempDataDir } from "./helpers.js";

/** A POST over a plain socket, the body written in the given chunks (chunked when no length is given). */
function rawPost(url: string, chunks: (string | Buffer)[], headers: Record<string, string | number> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    // the server may hang up on a body it refused once it has answered: that is not the test's error
    req.on("error", (e) => setTimeout(() => reject(e), 200));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers }, body });
  const text = await res.text();
  expect(text).not.toMatch(/\bat .*\.(js|ts):\d+|"stack"/); // never a stack trace
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) as { data?: any; errors?: { message: string }[] } };
}
const query = (url: string, q: string, variables?: Record<string, unknown>) => post(url, JSON.stringify({ query: q, variables }));

describe("with the default settings", () => {
  let server: RunningServer;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const tmp = await tempDataDir();
    cleanup = tmp.remove;
    server = (await main([SEEDS], { PORT: "0", DATA_DIR: tmp.dir }, () => undefined))!;
    url = server.graphqlUrl;
  });
  afterAll(async () => {
    await server?.close();
    await cleanup?.();
  });

  describe("query limits", () => {
    it("let the default GraphiQL query and the docs/API.md examples through", async () => {
      expect((await data(url, defaultQuery)).conflicts.edges.length).toBeGreaterThan(0);
      expect((await data(url, defaultQuery.replace("first: 20", "first: 100"))).conflicts.edges.length).toBeGreaterThan(0);
      // the other GraphiQL tabs: one event with its sources, one source's contradicted claims
      expect((await data(url, eventQuery)).events.edges[0].node.sources.length).toBeGreaterThan(1);
      const source = (await data(url, sourceQuery)).sources.edges[0].node;
      expect(source.claims.length).toBeGreaterThan(0);
      expect(source.conflicts.length).toBeGreaterThan(0);
      // every claim listed is one of the claims its conflicts hold
      const inConflicts = new Set(source.conflicts.flatMap((c: any) => c.claims.filter((x: any) => x.source.uri === source.uri).map((x: any) => x.text)));
      for (const c of source.claims) expect(inConflicts.has(c.text)).toBe(true);
      const uri = (await data(url, `{ sources(first: 1) { edges { node { uri } } } }`)).sources.edges[0].node.uri;
      await data(url, `query($uri: String!) { source(uri: $uri) { title date conflicts { subject message claims { value source { uri } } } } }`, { uri });
      await data(url, `{ events { edges { node { title date sources { uri title } } } } }`);
      await data(url, `{ conflicts(kind: QUANTITY) { edges { node { subject message } } } }`);
      const r = await query(url, `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id uri title } introducedConflicts { subject message } userErrors { field code message } } }`, { input: { text: "" } });
      expect(r.json.errors).toBeUndefined();
      expect(r.json.data.addSource.userErrors[0].code).toBe("BLANK");
    });

    it("refuse a query nested deeper than 10", async () => {
      // Source.conflicts → Conflict.claims → Claim.source → … cycles as deep as anyone asks
      let sel = "uri";
      for (let i = 0; i < 3; i++) sel = `conflicts { claims { source { ${sel} } } }`;
      const r = await query(url, `{ sources(first: 1) { edges { node { ${sel} } } } }`);
      // graphql-armor's validation errors carry no HTTP status: yoga answers them 200, without data
      expect(r.status).toBe(200);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/Query depth limit of 10 exceeded, found 13/);
    });

    it("refuse more than 20 aliases", async () => {
      const fields = Array.from({ length: 21 }, (_, i) => `a${i}: sources(first: 1) { edges { cursor } }`).join(" ");
      const r = await query(url, `{ ${fields} }`);
      expect(r.status).toBe(200);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded, found 21/);
    });

    it("refuse a document of more than 1000 tokens, while parsing", async () => {
      const r = await query(url, `{ ${"__typename ".repeat(1001)} }`);
      // parsing fails: yoga answers 400
      expect(r.status).toBe(400);
      expect(r.json.errors?.[0].message).toMatch(/Token limit of 1000 exceeded/);
    });

    it("refuse more than 10 directives", async () => {
      const r = await query(url, `{ __typename ${"@include(if: true) ".repeat(11)} }`);
      expect(r.status).toBe(200);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/Directives limit of 10 exceeded, found 11/);
    });

    it("refuse a query costing more than 20000", async () => {
      const page = (n: number) => `c${n}: conflicts(first: 100) { edges { node { claims { text value source { uri title date } } } } }`;
      const r = await query(url, `{ ${[1, 2, 3, 4, 5].map(page).join(" ")} }`);
      expect(r.status).toBe(200);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/Query Cost limit of 20000 exceeded, found \d+/);
    });
  });

  describe("request bodies", () => {
    it("default to 2 × MAX_ARTICLE_BYTES + 64 KB, so that an article of the largest size gets through", async () => {
      expect(server.settings.maxBodyBytes).toBe(2 * 1_048_576 + 65_536);
      // one byte over the article limit: the body passes, addSource refuses the article as data
      const text = "a".repeat(1_048_577);
      const r = await query(url, `mutation($input: AddSourceInput!) { addSource(input: $input) { source { id } userErrors { field code } } }`, { input: { text } });
      expect(r.status).toBe(200);
      expect(r.json.data.addSource.userErrors).toEqual([{ field: ["input", "text"], code: "TOO_LARGE" }]);
    });

    it("answer 413 with the limit when Content-Length announces too much, before reading it", async () => {
      const max = server.settings.maxBodyBytes;
      const body = Buffer.alloc(max + 1, " ");
      const r = await rawPost(url, [body], { "content-length": body.length });
      expect(r.status).toBe(413);
      expect(r.headers["content-type"]).toMatch(/application\/json/);
      expect(JSON.parse(r.body)).toEqual({ errors: [{ message: `Request body too large: the limit is ${max} bytes.` }] });
    });

    it("answer 413 when a body without Content-Length streams past the limit", async () => {
      const max = server.settings.maxBodyBytes;
      const chunk = Buffer.alloc(256 * 1024, " ");
      const chunks = Array.from({ length: Math.ceil(max / chunk.length) + 1 }, () => chunk);
      const r = await rawPost(url, [`{"query":"{ __typename }","pad":"`, ...chunks, `"}`], { "transfer-encoding": "chunked" });
      expect(r.status).toBe(413);
      expect(JSON.parse(r.body).errors[0].message).toContain(`${max} bytes`);
      // the server goes on serving
      expect((await data(url, `{ __typename }`)).__typename).toBe("Query");
    });

    it("answer 400 with a clear message to malformed JSON", async () => {
      const r = await post(url, `{"query": "{ __typename }"`);
      expect(r.status).toBe(400);
      expect(r.json.errors?.[0].message).toMatch(/invalid JSON/);
    });
  });

  describe("bad input", () => {
    it("wrong variable types are GraphQL errors", async () => {
      const r = await query(url, `query($first: Int) { sources(first: $first) { edges { cursor } } }`, { first: "ten" });
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/Variable "\$first" got invalid value "ten"/);
    });

    it("unknown or malformed global ids are null with an error, and the server goes on", async () => {
      for (const id of ["not base64 at all!", Buffer.from("Nothing:x").toString("base64"), Buffer.from("Source:file:///nowhere.txt").toString("base64")]) {
        const r = await query(url, `query($id: ID!) { node(id: $id) { id } }`, { id });
        expect(r.status).toBe(200);
        expect(r.json.data).toEqual({ node: null });
      }
      expect((await data(url, `{ sources { edges { cursor } } }`)).sources.edges).toHaveLength(5);
    });
  });

  describe("unexpected errors", () => {
    it("are masked: no message, no stack, and the server goes on", async () => {
      const source = server.app.source;
      server.app.source = () => {
        throw new Error("secret detail from /srv/db");
      };
      try {
        const r = await query(url, `{ source(uri: "file:///any.txt") { uri } }`);
        expect(r.json.errors?.[0].message).toBe("Unexpected error.");
        expect(r.text).not.toContain("secret detail");
      } finally {
        server.app.source = source;
      }
      expect((await data(url, `{ sources { edges { cursor } } }`)).sources.edges).toHaveLength(5);
    });
  });

  describe("other origins, health and readiness", () => {
    it("send no CORS headers by default: browsers allow the same origin only", async () => {
      const pre = await fetch(url, { method: "OPTIONS", headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" } });
      expect(pre.headers.get("access-control-allow-origin")).toBeNull();
      const r = await post(url, JSON.stringify({ query: "{ __typename }" }), { origin: "https://elsewhere.example" });
      expect(r.headers.get("access-control-allow-origin")).toBeNull();
    });

    it("keep introspection and GraphiQL outside production", async () => {
      const r = await query(url, `{ __schema { queryType { name } } }`);
      expect(r.json.data).toEqual({ __schema: { queryType: { name: "Query" } } });
      expect((await fetch(url, { headers: { accept: "text/html" } })).status).toBe(200);
    });

    it("answer /health while the process runs and /ready while the store answers", async () => {
      const health = await fetch(`${server.url}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: "ok", sources: 5 }]);
      const ready = await fetch(`${server.url}/ready`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: "ready", sources: 5 }]);

      const store = server.app.store;
      const ping = store.ping;
      store.ping = () => Promise.reject(new Error("connection refused"));
      try {
        const down = await fetch(`${server.url}/ready`);
        expect([down.status, await down.json()]).toEqual([503, { status: "unavailable", reason: "the store does not answer" }]);
        expect((await fetch(`${server.url}/health`)).status).toBe(200);
      } finally {
        store.ping = ping;
      }
    });
  });
});

describe("configured: NODE_ENV=production, CORS_ORIGINS, MAX_BODY_BYTES", () => {
  let server: RunningServer;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const tmp = await tempDataDir();
    cleanup = tmp.remove;
    const env = { PORT: "0", DATA_DIR: tmp.dir, NODE_ENV: "production", CORS_ORIGINS: "https://a.example, https://b.example/", MAX_BODY_BYTES: "2000" };
    server = (await main([], env, () => undefined))!;
    url = server.graphqlUrl;
  });
  afterAll(async () => {
    await server?.close();
    await cleanup?.();
  });

  it("turn introspection off", async () => {
    for (const q of [`{ __schema { queryType { name } } }`, `{ __type(name: "Source") { name } }`]) {
      const r = await query(url, q);
      expect(r.status).toBe(400);
      expect(r.json.data).toBeUndefined();
      expect(r.json.errors?.[0].message).toMatch(/introspection has been disabled/);
    }
    // ordinary queries still work, __typename included
    expect(await data(url, `{ __typename sources { edges { cursor } } }`)).toEqual({ __typename: "Query", sources: { edges: [] } });
  });

  it("serve no GraphiQL", async () => {
    const res = await fetch(url, { headers: { accept: "text/html" } });
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain("<title>Corroborate</title>");
  });

  it("hide field suggestions", async () => {
    const r = await query(url, `{ sourcez { edges { cursor } } }`);
    expect(r.json.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it("allow the listed origins, each getting itself back, and no other", async () => {
    for (const origin of ["https://a.example", "https://b.example"]) {
      const pre = await fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });
      expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
      const r = await post(url, JSON.stringify({ query: "{ __typename }" }), { origin });
      expect(r.headers.get("access-control-allow-origin")).toBe(origin);
    }
    const pre = await fetch(url, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    const r = await post(url, JSON.stringify({ query: "{ __typename }" }), { origin: "https://evil.example" });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("take MAX_BODY_BYTES as the body limit", async () => {
    expect(server.settings.maxBodyBytes).toBe(2000);
    const ok = JSON.stringify({ query: "{ __typename }", extensions: { pad: " ".repeat(1900) } });
    expect((await post(url, ok)).status).toBe(200);
    const r = await rawPost(url, [JSON.stringify({ query: "{ __typename }", extensions: { pad: " ".repeat(2000) } })]);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).errors[0].message).toBe("Request body too large: the limit is 2000 bytes.");
  });
});
