import { main } from "./main.js";

main(process.argv.slice(2), process.env).then(
  (server) => {
    if (!server) return;
    // stop accepting, finish the requests in flight, close the store, exit
    const stop = () => {
      server.close().then(
        () => process.exit(0),
        (e: unknown) => {
          console.error(`corroborate-server: ${e instanceof Error ? e.message : String(e)}`);
          process.exit(1);
        },
      );
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (e: unknown) => {
    console.error(`corroborate-server: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
