import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { BIN, REPO, SEEDS, corroborate, tempFolder } from "./helpers.js";

describe("corroborate serve", () => {
  it("explains itself", () => {
    const run = corroborate(["serve", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Usage: corroborate serve \[folder\]/);
  });

  it("serves the folder over GraphQL and stops cleanly on SIGTERM", async () => {
    const data = tempFolder();
    const child = spawn(process.execPath, [BIN, "serve", SEEDS], { cwd: REPO, env: { ...process.env, PORT: "0", DATA_DIR: data.path } });
    try {
      let out = "";
      // wait for the state the server prints once it listens, not for a time
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on("data", (b) => {
          out += b;
          const m = /Loaded .*\n/.test(out) && /at (http:\/\/\S+\/graphql)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(out).toMatch(/Loaded 5 source\(s\), 5 stored now from .*seeds: \d+ conflict\(s\)/);
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ conflicts(kind: QUANTITY) { edges { node { subject claims { source { uri } } } } } }" }),
      });
      const body = (await res.json()) as { data: { conflicts: { edges: { node: { subject: string; claims: { source: { uri: string } }[] } }[] } } };
      const troops = body.data.conflicts.edges.map((e) => e.node).find((n) => /troops/.test(n.subject));
      expect(troops?.claims.map((c) => c.source.uri.split("/").pop()).sort()).toContain("004_8f6f506567bb87ad.txt");
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
    } finally {
      child.kill("SIGKILL");
      data.remove();
    }
  });
});
