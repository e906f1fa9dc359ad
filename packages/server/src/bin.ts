import { main } from "./main.js";

main(process.argv.slice(2), process.env).then(
  (server) => {
    if (!server) return;
    const stop = () => {
      server.close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (e: unknown) => {
    console.error(`corroborate-server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
