/**
 * GraphiQL in a real browser (Debian's Chromium through playwright-core): it loads with nothing from
 * outside the server, opens with the example tabs, and running the first shows the seeds' conflicts.
 * Skips where /usr/bin/chromium is absent, unless CORROBORATE_REQUIRE_BROWSER=1 (CI).
 * UPDATE_SCREENSHOTS=1 also writes the screenshot to docs/graphiql.png.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../src/index.js";
import { SEEDS, tempDataDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const skip = !existsSync(CHROMIUM) && process.env.CORROBORATE_REQUIRE_BROWSER !== "1";
const DOCS_SCREENSHOT = fileURLToPath(new URL("../../../docs/graphiql.png", import.meta.url));

describe.skipIf(skip)("GraphiQL in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let cleanup: () => Promise<void>;
  const offsite: string[] = [];

  beforeAll(async () => {
    const tmp = await tempDataDir();
    cleanup = tmp.remove;
    [server, browser] = await Promise.all([
      startServer({ port: 0, dataDir: tmp.dir, folder: SEEDS }),
      chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 30_000 }),
    ]);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("request", (r) => {
      const url = r.url();
      if (!url.startsWith(server.url) && !/^(blob|data):/.test(url)) offsite.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
  });

  /**
   * The response pane's text without white space: Monaco draws only the lines in view, wraps long
   * ones, and draws spaces as no-break spaces.
   */
  const squeeze = (s: string) => s.replace(/[\s\u00a0]+/g, "");
  const shown = async () => squeeze((await page.locator(".graphiql-response").textContent()) ?? "");
  /** Clicks run and returns the JSON the server answered to the operation named. */
  const run = async (operation: string) => {
    // a click that lands while the editor is still taking the tab's text sends nothing: click again
    for (let attempt = 1; ; attempt++) {
      const response = page.waitForResponse(
        (r) => r.url().startsWith(server.graphqlUrl) && r.request().method() === "POST" && !!r.request().postData()?.includes(operation),
        { timeout: 8_000 },
      );
      await page.locator(".graphiql-execute-button").click();
      try {
        return await (await response).json();
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  };

  it("loads from the server alone, with the three example tabs", async () => {
    await page.goto(server.graphqlUrl);
    await page.locator(".graphiql-execute-button").waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator(".graphiql-tab").allTextContents()).toEqual([
      expect.stringContaining("Conflicts"),
      expect.stringContaining("EventWithSources"),
      expect.stringContaining("WhatOneSourceSaysThatOthersContradict"),
    ]);
    expect(await page.title()).toBe("Corroborate");
    expect(offsite).toEqual([]);
  });

  it("runs the conflicts query and shows the conflicts with their claims and sources", async () => {
    const body = await run("query Conflicts");
    expect(body.errors).toBeUndefined();
    const conflicts = body.data.conflicts.edges.map((e: any) => e.node);
    const troops = conflicts.find((c: any) => /North Korean troops/.test(c.subject));
    expect(troops.claims.map((c: any) => c.text)).toContain("approximately 12,000");
    // the pane shows the answer: its first conflict's subject and claims, with their sources
    await expect.poll(shown, { timeout: 30_000 }).toContain(squeeze(`"subject":${JSON.stringify(conflicts[0].subject)}`));
    const text = await shown();
    expect(text).toContain(squeeze(`"text":${JSON.stringify(conflicts[0].claims[0].text)}`));
    expect(text).toContain(`"uri":"file://`);
    const shot = join(await mkdtemp(join(tmpdir(), "corroborate-graphiql-")), "graphiql.png");
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOTS === "1") await copyFile(shot, DOCS_SCREENSHOT);
  });

  it("runs what one source says that others contradict, from its tab", async () => {
    await page.locator(".graphiql-tab", { hasText: "WhatOneSourceSaysThatOthersContradict" }).click();
    // run only once the editor holds that tab's query
    await page.locator(".graphiql-tab-active", { hasText: "WhatOneSourceSaysThatOthersContradict" }).waitFor();
    await expect.poll(async () => squeeze((await page.locator(".graphiql-query-editor").textContent()) ?? "")).toContain("queryWhatOneSourceSaysThatOthersContradict");
    const body = await run("query WhatOneSourceSaysThatOthersContradict");
    expect(body.errors).toBeUndefined();
    const source = body.data.sources.edges[0].node;
    expect(source.conflicts.length).toBeGreaterThan(0);
    await expect.poll(shown, { timeout: 30_000 }).toContain(squeeze(`"uri":${JSON.stringify(source.uri)}`));
  });
});
