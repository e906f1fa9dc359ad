import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and yoga; Vite would give the sources the ESM
    // build, and graphql refuses types from "another realm". One copy for both.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Each file starts real servers over PGlite (a new data directory runs initdb, about 3 s) and
    // analyses the seeds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
