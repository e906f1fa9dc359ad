import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { data, SEEDS, tempDataDir } from "./helpers.js";

const BIN = fileURLToPath(new URL("../bin/corroborate-server.js", import.meta.url));

describe("corroborate-server [folder]", () => {
  it("serves the folder, prints where, and stops on SIGTERM", async () => {
    const tmp = await tempDataDir();
    const child = spawn(process.execPath, [BIN, SEEDS], { env: { ...process.env, PORT: "0", DATA_DIR: tmp.dir }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      let out = "";
      child.stderr.on("data", (b) => (out += b));
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (b) => {
          out += b;
          const m = /Loaded .*\n/.test(out) && /at (http:\/\/\S+\/graphql)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(out).toMatch(/Loaded 5 source\(s\), 5 stored now from /);
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
