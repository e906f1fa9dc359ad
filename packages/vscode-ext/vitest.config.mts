import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Protocol tests start the bundled server, whose first analysis loads the engine's language models.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
