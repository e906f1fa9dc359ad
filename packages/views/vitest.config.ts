import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the tests analyse the seed articles first, which loads the engine's language models
    testTimeout: 30_000,
  },
});
