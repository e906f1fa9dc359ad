import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // The first analysis in a worker loads the sentence and number models (a second or two).
    testTimeout: 30_000,
  },
});
