// Bundles the extension client and the language server as two CommonJS files: VS Code loads the
// client with require(), and vsce does not follow npm workspaces, so the engine and its
// dependencies (compromise, chrono-node, diff) must be inside the bundle.
import { build } from "esbuild";
import { chmod, readFile } from "node:fs/promises";

const { version } = JSON.parse(await readFile(new URL("./package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  minify: production,
  logLevel: "warning",
  // The engine is ESM with `import` conditions only; esbuild resolves it for a CommonJS bundle.
  conditions: ["import", "node"],
  mainFields: ["module", "main"],
};

await Promise.all([
  build({ ...common, entryPoints: { client: "src/client/extension.ts" }, outdir: "dist", external: ["vscode"] }),
  build({
    ...common,
    // the analysis pool's worker threads load their own bundle
    entryPoints: { server: "src/server/main.ts", analysisWorker: "src/server/analysisWorker.ts" },
    outdir: "dist",
    define: { CORROBORATE_VERSION: JSON.stringify(version) },
  }),
]);
await chmod("bin/corroborate-lsp.js", 0o755);
