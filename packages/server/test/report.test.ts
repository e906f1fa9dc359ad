// /report, its article pages and /report.jsonld over real HTTP, on the seed articles.
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTEXT_URL } from "@proj/model";
import { startServer, type RunningServer } from "../src/index.js";
import { SEEDS, tempDataDir } from "./helpers.js";

let server: RunningServer;
let tmp: Awaited<ReturnType<typeof tempDataDir>>;
beforeAll(async () => {
  tmp = await tempDataDir();
  server = await startServer({ port: 0, dataDir: tmp.dir, folder: SEEDS });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await tmp?.remove();
});

const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("GET /report", () => {
  it("shows the stored articles' matrix with the disputed figure's row, each value linking to its article page at the span", async () => {
    const res = await fetch(`${server.url}/report`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    const conflict = server.app.corpus.conflicts().find((c) => c.kind === "quantity")!;
    const row = html.match(new RegExp(`<tr[^>]*data-conflict="${conflict.id}"[^>]*>.*?</tr>`, "s"))?.[0];
    expect(row).toBeDefined();
    expect(row).toContain('data-state="conflicts"');
    expect(row).toMatch(/✗<\/span> conflicts/);
    const href = decode(row!.match(/href="(\/report\/article\?[^"]+)"/)![1]);
    const target = new URL(href, server.url);
    const [start, end] = [Number(target.searchParams.get("start")), Number(target.searchParams.get("end"))];
    const text = server.app.corpus.text(target.searchParams.get("uri")!)!;
    const page = await fetch(target).then((r) => r.text());
    expect(decode(page.match(/<mark id="span">(.*?)<\/mark>/s)![1])).toBe(text.slice(start, end));
    expect(conflict.claims.map((c) => c.span.text)).toContain(text.slice(start, end));
  });

  it("answers 404 for an article it does not store", async () => {
    expect((await fetch(`${server.url}/report/article?uri=${encodeURIComponent("file:///nowhere.txt")}`)).status).toBe(404);
  });

  it("is linked from the playground", async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } }).then((r) => r.text());
    expect(page).toContain("/report");
  });
});

describe("GET /report.jsonld", () => {
  it("expands offline with the context the server serves, losing nothing", async () => {
    const res = await fetch(`${server.url}/report.jsonld`);
    expect(res.headers.get("content-type")).toMatch(/^application\/ld\+json/);
    const doc = await res.json();
    const context = await fetch(`${server.url}/vocab/context.jsonld`).then((r) => r.json());
    const documentLoader = async (url: string) => {
      if (url !== CONTEXT_URL) throw new Error(`no network in tests: ${url}`);
      return { contextUrl: null, documentUrl: url, document: context };
    };
    const expanded = await jsonld.expand(doc, { documentLoader, safe: true });
    expect(expanded.length).toBe(doc.graph.length);
    const conflicts = doc.graph.filter((n: { type: string }) => n.type === "Conflict");
    expect(conflicts).toHaveLength(server.app.corpus.conflicts().length);
  });
});
