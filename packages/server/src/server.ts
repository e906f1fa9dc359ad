import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { createYoga } from "graphql-yoga";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { App, defaultLimits, type Limits } from "./app.js";
import { defaultQuery } from "./defaultQuery.js";
import { readFolder } from "./readFolder.js";
import { schema, type Context } from "./schema/index.js";
import { openPgliteStore } from "./store/pglite.js";
import { openPostgresStore } from "./store/postgres.js";
import { validateArticle } from "./validateArticle.js";

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** PGlite's data directory; not used when `databaseUrl` is given. */
  dataDir: string;
  /** A PostgreSQL server to store articles in instead of PGlite. */
  databaseUrl?: string;
  /** A folder of .txt articles, stored on the first start (when the store is empty). */
  folder?: string;
  limits?: Partial<Limits>;
}

export interface Loaded {
  sources: number;
  imported: number;
  skipped: { path: string; reason: string }[];
  conflicts: number;
}

export interface RunningServer {
  url: string;
  graphqlUrl: string;
  app: App;
  loaded: Loaded;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = options.databaseUrl ? await openPostgresStore(options.databaseUrl) : await openPgliteStore(options.dataDir);
  const app = new App(store, { ...defaultLimits, ...options.limits });
  let server: Server | undefined;
  try {
    let imported = 0;
    let skipped: Loaded["skipped"] = [];
    await app.load();
    if (options.folder && (await store.count()) === 0) {
      const folder = await readFolder(options.folder);
      skipped = folder.skipped;
      // a folder's files pass the same checks as addSource: a bad file is skipped, never the others
      const accepted = folder.articles.filter((a) => {
        const [error] = validateArticle({ text: a.text }, app.limits.maxArticleBytes);
        if (error) skipped.push({ path: fileURLToPath(a.uri), reason: error.message.replace(/^text/, "the file") });
        return !error;
      });
      await app.importArticles(accepted);
      imported = accepted.length;
    }
    const loaded: Loaded = { sources: app.corpus.uris().length, imported, skipped, conflicts: app.corpus.conflicts().length };

    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      graphqlEndpoint: "/graphql",
      landingPage: false,
      // GraphiQL from the package rather than a CDN: it works offline and behind a firewall
      renderGraphiQL,
      graphiql: { defaultQuery, title: "Corroborate" },
      context: () => ({ app }),
    });

    server = createServer((req, res) => {
      if (req.url === "/health" || req.url?.startsWith("/health?")) {
        store.ping().then(
          () => respondJson(res, 200, { status: "ok", sources: app.corpus.uris().length }),
          () => respondJson(res, 503, { status: "unavailable", reason: "the store does not answer" }),
        );
        return;
      }
      yoga(req, res);
    });
    await new Promise<void>((resolve, reject) => {
      server!.once("error", reject);
      server!.listen(options.port, options.host ?? "127.0.0.1", resolve);
    });
    const { port } = server.address() as AddressInfo;
    const host = options.host && options.host !== "0.0.0.0" && options.host !== "::" ? options.host : "localhost";
    const url = `http://${host === "127.0.0.1" ? "localhost" : host}:${port}`;
    const running = server;
    return {
      url,
      graphqlUrl: `${url}/graphql`,
      app,
      loaded,
      close: async () => {
        await new Promise<void>((resolve) => {
          running.close(() => resolve());
          running.closeIdleConnections();
        });
        await app.close();
      },
    };
  } catch (e) {
    server?.close();
    await app.close();
    throw e;
  }
}

function respondJson(res: import("node:http").ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
