// corroborate/compare over stdio: the pictures' data of the workspace, with the client's uris, and
// the page @proj/views renders from it for the webview.
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Comparison, Report } from "@proj/model";
import { renderReport } from "@proj/views";
import { COMPARE_REQUEST, REPORT_REQUEST } from "../src/shared/requests.js";
import { TestClient, uriOf } from "./lspClient.js";

const SEEDS = fileURLToPath(new URL("../../../seeds/", import.meta.url)).replace(/\/$/, "");

let client: TestClient;
let data: Comparison;
let report: Report;
beforeAll(async () => {
  client = await TestClient.start([SEEDS]);
  await client.waitFor("the end of the scan", () => client.progress.find((p) => p.kind === "end"));
  data = await client.connection.sendRequest<Comparison>(COMPARE_REQUEST);
  report = await client.connection.sendRequest<Report>(REPORT_REQUEST);
});
afterAll(() => client?.kill());

describe("corroborate/compare", () => {
  it("gives one matrix row per conflict of the report, its disputing cells marked conflicts", () => {
    const rows = data.events.flatMap((e) => e.rows);
    for (const conflict of report.conflicts.filter((c) => new Set(c.claims.map((x) => x.uri)).size > 1)) {
      const row = rows.find((r) => r.conflictId === conflict.id)!;
      expect(row, conflict.message).toBeDefined();
      const disputing = new Set(conflict.disagreements.flat().map((i) => conflict.claims[i].uri));
      for (const cell of row.cells) if (disputing.has(data.sources[cell.source].uri)) expect(cell.state).toBe("conflicts");
    }
  });

  it("names documents by the uris the client uses, and by their path in the workspace", () => {
    const expected = report.sources.map((s) => s.uri).sort();
    expect(data.sources.map((s) => s.uri).sort()).toEqual(expected);
    expect(expected).toContain(uriOf(`${SEEDS}/004_8f6f506567bb87ad.txt`));
    for (const e of data.events) for (const r of e.rows) for (const c of r.cells) for (const x of c.claims) expect(expected).toContain(x.uri);
    expect(data.sources.map((s) => s.path)).toContain("004_8f6f506567bb87ad.txt");
  });

  it("renders for a webview: clicks post the span, under the nonce", () => {
    const html = renderReport(data, { postMessage: true, nonce: "bm9uY2U=" });
    expect(html).toContain(`<script nonce="bm9uY2U=">`);
    expect(html).toMatch(/data-open="\{&quot;uri&quot;:&quot;file:/);
  });
});
