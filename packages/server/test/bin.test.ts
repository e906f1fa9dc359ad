import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { data, SEEDS, tempDataDir, serverUrl } from "./helpers.js";

const BIN = fileURLToPath(new URL("../bin/corroborate-server.js", import.meta.url));

describe("corroborate-server [folder]", () => {
  it("serves the folder, prints where, and stops on SIGTERM", async () => {
    const tmp = await tempDataDir();
    const child = spawn(process.execPath, [BIN, SEEDS], { env: { ...process.env, PORT: "0", DATA_DIR: tmp.dir }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const started = serverUrl(child);
      const url = await started.url;
      expect(started.output()).toMatch(/Loaded 5 source\(s\), 5 stored now from /);
      const d = await data(url, `{ sources { edges { node { uri } } } }`);
      expect(d.sources.edges).toHaveLength(5);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    } finally {
      child.kill("SIGKILL");
      await tmp.remove();
    }
  });
});
