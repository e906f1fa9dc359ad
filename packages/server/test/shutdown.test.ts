import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startServer } from "../src/index.js";
import { data, tempDataDir, serverUrl } from "./helpers.js";

const BIN = fileURLToPath(new URL("../bin/corroborate-server.js", import.meta.url));

const ARTICLE = `Storm closes coastal road

The coastal road was closed on Monday after a storm damaged 12 houses, officials said.
`;

describe("SIGTERM", () => {
  it("stops accepting, finishes the request in flight, closes the store and exits 0", async () => {
    const tmp = await tempDataDir();
    const child = spawn(process.execPath, [BIN], { env: { ...process.env, PORT: "0", DATA_DIR: tmp.dir, NODE_ENV: "test" }, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      const started = serverUrl(child);
      const url = await started.url;

      // a slow client: the headers and half the body now, the rest after the server was told to stop
      const body = Buffer.from(
        JSON.stringify({
          query: `mutation($input: AddSourceInput!) { addSource(input: $input) { source { uri } userErrors { code } } }`,
          variables: { input: { uri: "https://example.com/storm", text: ARTICLE } },
        }),
      );
      const half = Math.floor(body.length / 2);
      const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "content-length": body.length } }, (res) => {
          let text = "";
          res.setEncoding("utf8");
          res.on("data", (c: string) => (text += c));
          res.on("end", () => resolve({ status: res.statusCode!, body: text }));
        });
        req.on("error", reject);
        req.write(body.subarray(0, half));
        sleep(300).then(async () => {
          child.kill("SIGTERM");
          // new connections are refused once the server stopped accepting
          for (let i = 0; ; i++) {
            const refused = await fetch(url.replace("/graphql", "/health")).then(
              (r) => r.body?.cancel().then(() => false),
              () => true,
            );
            if (refused) break;
            if (i > 100) throw new Error("the server kept accepting after SIGTERM");
            await sleep(20);
          }
          req.end(body.subarray(half));
        }, reject);
      });

      const res = await response;
      expect(res.status).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ data: { addSource: { source: { uri: "https://example.com/storm" }, userErrors: [] } } });
      expect(await exited).toBe(0);

      // the store was closed cleanly with the article in it
      const again = await startServer({ port: 0, dataDir: tmp.dir });
      try {
        const d = await data(again.graphqlUrl, `{ sources { edges { node { uri } } } }`);
        expect(d.sources.edges.map((e: any) => e.node.uri)).toEqual(["https://example.com/storm"]);
      } finally {
        await again.close();
      }
    } finally {
      child.kill("SIGKILL");
      await tmp.remove();
    }
  });
});
