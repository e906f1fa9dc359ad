/**
 * The entry point of `dist/server.js` and of `corroborate-lsp`. `--version` and `--help` answer
 * without loading the engine (its language models take about half a second); the protocol itself
 * lives in serve.ts.
 */
declare const CORROBORATE_VERSION: string;
const version = typeof CORROBORATE_VERSION === "string" ? CORROBORATE_VERSION : "dev";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket=", "--pipe="];
const args = process.argv.slice(2);
if (args.includes("--version")) {
  process.stdout.write(`${version}\n`);
} else if (args.includes("--help") || !args.some((a) => TRANSPORTS.some((t) => a.startsWith(t)))) {
  process.stderr.write(
    "usage: corroborate-lsp --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n" +
      "The Corroborate language server: diagnostics and hovers where .txt news articles of a workspace disagree.\n",
  );
  process.exitCode = args.includes("--help") ? 0 : 2;
} else {
  void import("./serve.js").then((m) => m.serve(version));
}
