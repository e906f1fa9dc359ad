import { resolve } from "node:path";
import { defaultMaxBodyBytes, startServer, type RunningServer } from "./server.js";
import { DEFAULT_MAX_ARTICLE_BYTES } from "./validateArticle.js";

/** PORT, HOST, DATA_DIR, DATABASE_URL, MAX_ARTICLE_BYTES, MAX_BODY_BYTES, CORS_ORIGINS, NODE_ENV. */
export type MainEnv = Record<string, string | undefined>;

const USAGE = `Usage: corroborate-server [folder]

Serves the articles stored in DATA_DIR over GraphQL at /graphql (GraphiQL in a browser), and /health.
On the first start (an empty store), the .txt files under [folder] are stored and analysed.

Environment: PORT (default 4000), HOST (default 127.0.0.1), DATA_DIR (default .corroborate/db),
DATABASE_URL (a PostgreSQL server to use instead of the embedded database in DATA_DIR),
MAX_ARTICLE_BYTES (largest article addSource accepts, default ${DEFAULT_MAX_ARTICLE_BYTES}),
MAX_BODY_BYTES (largest request body, default 2 × MAX_ARTICLE_BYTES + 65536; larger ones get 413),
CORS_ORIGINS (comma-separated origins allowed to call from a browser; default none: same-origin only),
NODE_ENV=production (no introspection, no GraphiQL, no field suggestions).
GET /health answers while the process runs; GET /ready answers 503 when the store does not.`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not ${JSON.stringify(value)}`);
  return n;
}

/** Starts the server from a command line and environment; prints where it listens and what it loaded. */
export async function main(args: string[], env: MainEnv, log: (line: string) => void = console.log): Promise<RunningServer | undefined> {
  if (args.includes("--help") || args.includes("-h")) {
    log(USAGE);
    return undefined;
  }
  const folder = args.find((a) => !a.startsWith("-"));
  const dataDir = resolve(env.DATA_DIR || ".corroborate/db");
  const maxArticleBytes = positiveInt("MAX_ARTICLE_BYTES", env.MAX_ARTICLE_BYTES, DEFAULT_MAX_ARTICLE_BYTES);
  const corsOrigins = (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
  const server = await startServer({
    port: positiveInt("PORT", env.PORT, 4000),
    host: env.HOST || "127.0.0.1",
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    folder,
    limits: { maxArticleBytes },
    maxBodyBytes: positiveInt("MAX_BODY_BYTES", env.MAX_BODY_BYTES, defaultMaxBodyBytes(maxArticleBytes)),
    corsOrigins,
    production: env.NODE_ENV === "production",
  });
  const { sources, imported, skipped, conflicts } = server.loaded;
  const from = imported ? `, ${imported} stored now from ${folder}` : "";
  const skip = skipped.length ? `, ${skipped.length} file(s) skipped` : "";
  log(`Corroborate GraphQL server at ${server.graphqlUrl}`);
  log(`Loaded ${sources} source(s)${from}${skip}: ${conflicts} conflict(s); data in ${env.DATABASE_URL ? "PostgreSQL" : dataDir}`);
  for (const s of skipped) log(`  skipped ${s.path}: ${s.reason}`);
  return server;
}
