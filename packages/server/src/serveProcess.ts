import { main, type MainEnv } from "./main.js";

/**
 * Runs the server as the whole process: starts it from a command line and environment, and on
 * SIGTERM or SIGINT stops accepting, finishes the requests in flight, closes the store and exits.
 * Both `corroborate-server` and `corroborate serve` are this.
 */
export function serveProcess(args: string[], env: MainEnv, name: string): void {
  const fail = (e: unknown) => {
    console.error(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  };
  main(args, env).then((server) => {
    if (!server) return;
    const stop = () => void server.close().then(() => process.exit(0), fail);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }, fail);
}
