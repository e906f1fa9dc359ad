import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Every test starts the built command, which loads the language models of the engine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
