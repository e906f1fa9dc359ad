// `corroborate report` in a real browser: the seeds' matrix as a reader sees it, the page's
// accessibility, a phone's screen, and a 1,000-article corpus opening in time.
import { statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, skipBrowser } from "./browser.js";
import { corroborate, REPO, tempFolder, type JsonReport } from "./helpers.js";

// UPDATE_SCREENSHOTS=1 writes the pictures the README and docs show; otherwise they go to the temp folder
const shotsTo = (tmp: string) => (process.env.UPDATE_SCREENSHOTS === "1" ? join(REPO, "docs") : tmp);

describe.skipIf(skipBrowser)("corroborate report in Chromium", () => {
  let browser: Browser;
  let tmp: ReturnType<typeof tempFolder>;
  let page: string;
  let json: JsonReport;

  beforeAll(async () => {
    tmp = tempFolder();
    page = join(tmp.path, "report.html");
    const run = corroborate(["report", "seeds", "-o", page]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    json = JSON.parse(corroborate(["check", "seeds", "--format", "json"]).stdout);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    tmp?.remove();
  });

  async function open(options: Parameters<Browser["newPage"]>[0] = {}): Promise<{ page: Page; requests: string[] }> {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
    const requests: string[] = [];
    p.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    await p.goto(pathToFileURL(page).href);
    await p.locator("table.matrix").first().waitFor();
    return { page: p, requests };
  }

  it("shows the troop count as a conflicting row: each source's value, its state in words, a link to its line", async () => {
    const { page: p, requests } = await open();
    const conflict = json.conflicts.find((c) => c.kind === "quantity" && /troops/.test(c.message))!;
    const row = p.locator(`tr[data-conflict="${(conflict as { id: string }).id}"]`);
    await row.waitFor();
    expect(await row.getAttribute("data-state")).toBe("conflicts");
    expect(await row.locator("th").innerText()).toMatch(/troops/i);
    expect(await row.locator("th").innerText()).toMatch(/sources disagree/);
    const columns = await p.locator("table.matrix thead th").allInnerTexts();
    const disputing = new Set(conflict.disagreements.flat());
    for (const [i, claim] of conflict.claims.entries()) {
      const column = columns.findIndex((h) => h.includes(claim.path.split("/").pop()!.replace(/\.txt$/, "")));
      expect(column).toBeGreaterThan(0);
      const cell = row.locator("td").nth(column - 1);
      const text = await cell.innerText();
      expect(text).toContain(claim.value);
      // the state is written, with its icon, whatever the colours
      expect(text).toMatch(disputing.has(i) ? /✗\s*conflicts/ : /(≈\s*compatible|✓\s*agrees)/);
      // a source may give the value twice: each mention links to its own line
      const link = cell.locator(`a[href="${claim.uri}#L${claim.range.start.line + 1}"]`);
      expect(await link.innerText()).toBe(claim.value);
    }
    // a source that does not give the figure says so
    const stated = new Set(conflict.claims.map((c) => c.path.split("/").pop()!.replace(/\.txt$/, "")));
    const silent = columns.findIndex((h, i) => i > 0 && ![...stated].some((s) => h.includes(s)));
    if (silent > 0) expect(await row.locator("td").nth(silent - 1).innerText()).toMatch(/–\s*not stated/);
    // the colours differ too
    const bg = (sel: string) => row.locator(sel).first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await bg("td.s-conflicts")).not.toBe(await bg("td.s-compatible, td.s-agrees, td.s-silent"));
    expect(requests).toEqual([]);
    await p.screenshot({ path: join(shotsTo(tmp.path), "report-matrix.png") });
    await p.close();
  });

  it("puts the disputed date's two readings side by side and marks reworded quotes word by word", async () => {
    const { page: p } = await open();
    const entry = p.locator("ol.timeline li.disagrees").first();
    await entry.waitFor();
    const lanes = await entry.locator(".lane").all();
    expect(lanes.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [await lanes[0].boundingBox(), await lanes[1].boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2); // side by side, not one under the other
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    expect(await p.locator("section.quote del").count()).toBeGreaterThan(0);
    expect(await p.locator("section.quote ins").count()).toBeGreaterThan(0);
    await p.close();
  });

  it("has no serious or critical accessibility violation (axe-core), in light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      // the page's policy forbids scripts; axe is injected by the test, so this context bypasses it
      const context = await browser.newContext({ colorScheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const p = await context.newPage();
      await p.goto(pathToFileURL(page).href);
      await p.locator("table.matrix").first().waitFor();
      const serious = (await axeViolations(p)).filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious, `${colorScheme}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
      await context.close();
    }
  });

  it("fits a phone's screen: only the matrix scrolls sideways, and the text stays readable", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: "dark", bypassCSP: true });
    const p = await context.newPage();
    await p.goto(pathToFileURL(page).href);
    await p.locator("table.matrix").first().waitFor();
    const sizes = await p.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
      font: parseFloat(getComputedStyle(document.querySelector("td")!).fontSize),
      matrixScrolls: document.querySelector(".scroll")!.scrollWidth > document.querySelector(".scroll")!.clientWidth,
    }));
    expect(sizes.page).toBeLessThanOrEqual(sizes.screen);
    expect(sizes.font).toBeGreaterThanOrEqual(12);
    expect(sizes.matrixScrolls).toBe(true);
    const serious = (await axeViolations(p)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
    await p.screenshot({ path: join(shotsTo(tmp.path), "report-phone.png") });
    await context.close();
  });

  it("opens a 1,000-article report in under 2 s, from a file under 5 MB", async () => {
    const { generateCorpus, writeCorpus } = await import(pathToFileURL(join(REPO, "bench/generate.mjs")).href);
    const corpus = join(tmp.path, "corpus");
    writeCorpus(corpus, generateCorpus(1000, 1));
    const big = join(tmp.path, "big.html");
    const run = corroborate(["report", corpus, "-o", big]);
    expect(run.status).toBe(0);
    const bytes = statSync(big).size;
    expect(bytes).toBeLessThan(5 * 1024 ** 2);
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const t0 = Date.now();
    await p.goto(pathToFileURL(big).href, { waitUntil: "load" });
    await p.locator("section.event table.matrix").first().waitFor({ state: "visible" });
    // until the first frame with the matrix is painted
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ms = Date.now() - t0;
    const events = await p.locator("section.event").count();
    writeFileSync(join(tmp.path, "big.txt"), `${bytes} bytes, ${events} matrices, opened in ${ms} ms\n`);
    console.log(`1,000-article report: ${(bytes / 1024 ** 2).toFixed(2)} MB, ${events} matrices, opened in ${ms} ms`);
    expect(events).toBeGreaterThan(50);
    expect(ms).toBeLessThan(2000);
    await p.close();
  }, 180_000);
});
