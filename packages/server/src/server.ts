import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { GraphQLError, NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { App, defaultLimits, type Limits } from "./app.js";
import { Catalog } from "./catalog.js";
import { defaultQuery, exampleTabs } from "./defaultQuery.js";
import { defaultQueryLimits, queryLimitPlugins, type QueryLimits } from "./queryLimits.js";
import { readFolder } from "./readFolder.js";
import { responseCache } from "./responseCache.js";
import { handleReportRoute } from "./reportRoutes.js";
import { schema, type Context } from "./schema/index.js";
import { openPgliteStore } from "./store/pglite.js";
import { openPostgresStore } from "./store/postgres.js";
import { StoreUnavailableError } from "./store/sqlClient.js";
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
  /** Largest request body in bytes; default 2 × `limits.maxArticleBytes` + 64 KB. Larger ones get 413. */
  maxBodyBytes?: number;
  /** Origins allowed to call the API from a browser (CORS); none by default: same-origin only. */
  corsOrigins?: string[];
  /** Production: no introspection, no GraphiQL, no field suggestions in errors. */
  production?: boolean;
  queryLimits?: Partial<QueryLimits>;
  /** How long `close()` waits for requests in flight before it drops their connections; default 10 s. */
  shutdownGraceMs?: number;
}

/** A request body may hold two articles' worth of JSON-escaped text plus the query around it. */
export function defaultMaxBodyBytes(maxArticleBytes: number): number {
  return 2 * maxArticleBytes + 64 * 1024;
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
  /** The limits in force. */
  settings: { maxBodyBytes: number; corsOrigins: string[]; production: boolean; queryLimits: QueryLimits };
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const store = options.databaseUrl ? await openPostgresStore(options.databaseUrl) : await openPgliteStore(options.dataDir);
  // over PostgreSQL other processes may write: each read first replays what they committed
  const app = new App(store, { limits: { ...defaultLimits, ...options.limits }, shared: !!options.databaseUrl });
  const catalog = new Catalog(app);
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

    const production = options.production ?? false;
    const corsOrigins = options.corsOrigins ?? [];
    const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes(app.limits.maxArticleBytes);
    const queryLimits: QueryLimits = { ...defaultQueryLimits, ...options.queryLimits };
    const plugins: Plugin[] = [...queryLimitPlugins(queryLimits, production), responseCache(app)];
    plugins.push(clearValidationAborted);
    if (production) plugins.push(noIntrospection);

    const yoga = createYoga<Record<string, unknown>, Context>({
      schema,
      graphqlEndpoint: "/graphql",
      landingPage: false,
      // GraphiQL from the package rather than a CDN: it works offline and behind a firewall
      renderGraphiQL,
      graphiql: production ? false : { defaultQuery, defaultTabs: exampleTabs, title: "Corroborate" },
      // no CORS headers at all unless origins are configured: browsers then allow same-origin only
      // and a listed origin gets itself back, any other none (never a wildcard, never another origin)
      cors: corsOrigins.length
        ? (request) => {
            const origin = request.headers.get("origin");
            return origin && corsOrigins.includes(origin) ? { origin: [origin], methods: ["GET", "POST"], credentials: false, maxAge: 600 } : false;
          }
        : false,
      // unexpected errors become "Unexpected error." without stack or original message, whatever NODE_ENV says
      // except a store that does not answer, which the client should hear about (503) and retry
      maskedErrors: { isDev: false, maskError: (error, message) => storeUnavailable(error) ?? maskError(error, message, false) },
      plugins,
      context: async () => {
        await app.sync();
        return { app, catalog };
      },
    });

    let closing = false;
    const inFlight = new Set<ServerResponse>();
    // subscriptions stay open until the client leaves: shutdown ends them rather than wait for them
    const streams = new Set<ServerResponse>();
    server = createServer((req, res) => {
      inFlight.add(res);
      res.once("close", () => {
        inFlight.delete(res);
        // a response finished while shutting down: its connection is idle now, let it go
        if (closing) setImmediate(() => server?.closeIdleConnections());
      });
      if (closing) res.setHeader("connection", "close");
      if (/text\/event-stream/.test(req.headers.accept ?? "")) {
        streams.add(res);
        res.once("close", () => streams.delete(res));
      }
      const path = (req.url ?? "/").split("?")[0];
      if (path === "/health") {
        // liveness: the process answers; it does not depend on the store
        respondJson(res, 200, { status: "ok", sources: app.corpus.uris().length });
        return;
      }
      if (path === "/ready") {
        if (closing) return respondJson(res, 503, { status: "unavailable", reason: "shutting down" });
        store.ping().then(
          () => respondJson(res, 200, { status: "ready", sources: app.corpus.uris().length }),
          () => respondJson(res, 503, { status: "unavailable", reason: "the store does not answer" }),
        );
        return;
      }
      if (handleReportRoute(app, req, res)) return;
      if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") {
        yoga(req, res);
        return;
      }
      readBody(req, res, maxBodyBytes).then((body) => {
        if (!body) return;
        // whatwg-node takes an already read body from `req.body` instead of the consumed stream
        if (body.length) (req as IncomingMessage & { body?: Buffer }).body = body;
        yoga(req, res);
      });
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
      settings: { maxBodyBytes, corsOrigins, production, queryLimits },
      url,
      graphqlUrl: `${url}/graphql`,
      app,
      loaded,
      // stops accepting, lets the requests in flight finish (for up to shutdownGraceMs), then closes the store
      close: async () => {
        if (closing) return;
        closing = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
        for (const res of streams) res.end();
        const grace = setTimeout(() => running.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        await new Promise<void>((resolve) => {
          running.close(() => resolve());
          running.closeIdleConnections();
        });
        clearTimeout(grace);
        await app.close();
      },
    };
  } catch (e) {
    server?.close();
    await app.close();
    throw e;
  }
}

function respondJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/** The error for a resolver that hit a store that does not answer (PostgreSQL down or restarting). */
function storeUnavailable(error: unknown): GraphQLError | undefined {
  if (!(error instanceof GraphQLError && error.originalError instanceof StoreUnavailableError)) return undefined;
  return new GraphQLError("The article store is not answering, so nothing was stored or removed; try again shortly.", {
    path: error.path,
    extensions: { code: "STORE_UNAVAILABLE", http: { status: 503 } },
  });
}

/**
 * graphql-js gives up checking a query whose fields are too many to compare pairwise and says only
 * "Validation aborted.": say what to do about it.
 */
const clearValidationAborted: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      if (!result.some((e) => e.message === "Validation aborted.")) return;
      setResult(
        result.map((e) =>
          e.message === "Validation aborted."
            ? new GraphQLError("Validation aborted: the query has too many fields to check; ask for fewer fields or split it into several queries.", { extensions: e.extensions })
            : e,
        ),
      );
    };
  },
};

const noIntrospection: Plugin = {
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

/** How much more of a refused body is read and dropped, and for how long, before the connection is cut. */
const DRAIN_BYTES = 16 * 1024 * 1024;
const DRAIN_MS = 10_000;

/**
 * Reads a request body of at most `max` bytes. A larger one, announced by Content-Length or counted
 * while it streams in, is answered 413 before anything parses it, and the result is undefined.
 */
function readBody(req: IncomingMessage, res: ServerResponse, max: number): Promise<Buffer | undefined> {
  const tooLarge = () => {
    // Read and drop what the client is still sending, and keep the connection open meanwhile: a
    // client cut off in the middle of its upload sees a reset connection, not the 413 (fetch says
    // only "fetch failed"). A body that goes on for more than DRAIN_BYTES or DRAIN_MS is cut off then.
    respondJson(res, 413, { errors: [{ message: `Request body too large: the limit is ${max} bytes.` }] });
    req.unpipe();
    let dropped = 0;
    const cut = setTimeout(() => req.destroy(), DRAIN_MS);
    req.on("data", (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DRAIN_BYTES) req.destroy();
    });
    req.once("close", () => clearTimeout(cut));
    req.resume();
  };
  const announced = Number(req.headers["content-length"]);
  if (Number.isFinite(announced) && announced > max) {
    tooLarge();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (body: Buffer | undefined) => {
      if (done) return;
      done = true;
      req.off("data", onData);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        tooLarge();
        finish(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => finish(Buffer.concat(chunks)));
    req.once("error", () => finish(undefined));
    req.once("aborted", () => finish(undefined));
  });
}
