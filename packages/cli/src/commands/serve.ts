/**
 * `corroborate serve [folder]`: the GraphQL server of @proj/server, started as this process. It is
 * loaded only for this command, so `check` and `eval` do not pay for a database and an HTTP stack.
 */
import type { Io } from "../io.js";

export const SERVE_HELP = `Usage: corroborate serve [folder]

Serves the articles over GraphQL at http://localhost:4000/graphql (GraphiQL in a browser), with
/health and /ready. On the first start (an empty store) the .txt files under [folder] are stored and
analysed; afterwards the store is the truth. Stops cleanly on Ctrl+C or SIGTERM.

Environment: PORT (4000), HOST (127.0.0.1), DATA_DIR (.corroborate/db), DATABASE_URL (PostgreSQL
instead of the embedded database), MAX_ARTICLE_BYTES, MAX_BODY_BYTES, CORS_ORIGINS, NODE_ENV.
See docs/API.md.
`;

export async function serveCommand(args: string[], io: Io): Promise<number | undefined> {
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout.write(SERVE_HELP);
    return 0;
  }
  const { serveProcess } = await import("@proj/server");
  serveProcess(args, process.env, "corroborate serve");
  // the process now lives until a signal; no exit status yet
  return undefined;
}
