#!/usr/bin/env node
/**
 * End-to-end test of the extension in a real VS Code: code-server 4.100.3 (VS Code 1.100.3), driven
 * by playwright-core 1.65.1 in Debian's Chromium. Run `bash scripts/e2e-setup.sh` first; it installs
 * both into a cache folder outside the repository, which this script finds the same way.
 *
 *   node packages/vscode-ext/e2e/run.mjs
 *
 * Packages the .vsix, installs it into a fresh extensions folder, opens a copy of `seeds/` in
 * code-server, opens 004_….txt, and waits for: the warning squiggle on "approximately 12,000", its
 * entry in the Problems view, and the hover over it naming the other sources' "about 11,000" and
 * "around 11,000"; then runs "Corroborate: Compare Sources" and waits for the webview's matrix to show
 * that figure's row as a conflict, and clicks another source's value, which must open that article
 * with the value selected. Writes docs/extension-hover.png, docs/extension-problems.png and
 * docs/extension-compare.png.
 * Exits 0 on success, 1 with the failing step's message. Every wait is for a state, bounded by a
 * step timeout and by an overall timeout (E2E_TIMEOUT_MS, default 4 minutes).
 * E2E_KEEP=1 keeps the temporary folder (logs, user data) for inspection.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const REPO = realpathSync(resolve(dirname(fileURLToPath(import.meta.url)), "../../.."));
const EXT_DIR = join(REPO, "packages/vscode-ext");
const VSIX = join(EXT_DIR, "corroborate.vsix");
const ARTICLE = "004_8f6f506567bb87ad.txt";
const FIGURE = "approximately 12,000";
const OTHER_VALUES = ["about 11,000", "around 11,000"];
const HOVER_PNG = join(REPO, "docs/extension-hover.png");
const PROBLEMS_PNG = join(REPO, "docs/extension-problems.png");
const COMPARE_PNG = join(REPO, "docs/extension-compare.png");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const OVERALL_MS = Number(process.env.E2E_TIMEOUT_MS ?? 240_000);
const STEP_MS = 60_000;

const t0 = Date.now();
const log = (msg) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
let step = "start";
const stepTimes = [];
function begin(name) {
  stepTimes.push([name, Date.now()]);
  step = name;
  log(name);
}

// --- the cache folder, resolved as scripts/e2e-setup.sh does --------------------------------------------
function cacheFolder() {
  if (process.env.CORROBORATE_E2E_CACHE) return resolve(process.env.CORROBORATE_E2E_CACHE);
  const xdg = resolve(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "corroborate-e2e");
  const real = existsSync(xdg) ? realpathSync(xdg) : xdg;
  return (real + sep).startsWith(REPO + sep) ? join(homedir(), ".cache", "corroborate-e2e") : xdg;
}
const CACHE = cacheFolder();
const CODE_SERVER = join(CACHE, "code-server/node_modules/.bin/code-server");
const PLAYWRIGHT = join(CACHE, "playwright/node_modules/playwright-core");

// --- cleanup: code-server (its whole process group) and the browser, whatever happens --------------------
let codeServer;
let browser;
let page;
const FAILURE_PNG = join(tmpdir(), "corroborate-e2e-failure.png");
let tmp;
let cleaning;
async function cleanup() {
  cleaning ??= (async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000).unref())]);
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
      const exited = new Promise((r) => codeServer.once("exit", r));
      try { process.kill(-codeServer.pid, "SIGTERM"); } catch {}
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5_000).unref())]);
      if (!gone) try { process.kill(-codeServer.pid, "SIGKILL"); } catch {}
    }
    // the extension host and language server live in code-server's process group: make sure none is left
    if (codeServer) try { process.kill(-codeServer.pid, "SIGKILL"); } catch {}
    if (tmp && !process.env.E2E_KEEP) rmSync(tmp, { recursive: true, force: true });
    else if (tmp) log(`kept ${tmp}`);
  })();
  return cleaning;
}
async function fail(message) {
  console.error(`\n[e2e] FAILED at step "${step}" after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${message}`);
  if (page) {
    const shot = await Promise.race([page.screenshot({ path: FAILURE_PNG }).then(() => true, () => false), new Promise((r) => setTimeout(() => r(false), 5_000).unref())]);
    if (shot) console.error(`[e2e] screenshot of the page: ${FAILURE_PNG}`);
  }
  if (tmp) {
    const logFile = join(tmp, "code-server.log");
    if (existsSync(logFile)) {
      const lines = readFileSync(logFile, "utf8").trimEnd().split("\n");
      console.error(`[e2e] last lines of code-server's output:\n  ${lines.slice(-15).join("\n  ")}`);
    }
  }
  await cleanup();
  process.exit(1);
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => void fail(`interrupted by ${sig}`));
const overall = setTimeout(() => void fail(`overall timeout of ${OVERALL_MS / 1000} s reached`), OVERALL_MS);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 64 << 20, ...opts });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trimEnd().split("\n").slice(-20).join("\n  ");
    throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status ?? r.signal}${r.error ? ` (${r.error.message})` : ""}\n  ${out}`);
  }
  return r.stdout;
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once("error", rej);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Polls fn until it returns a truthy value; throws `what` with the last error after ms. */
async function until(what, fn, ms = STEP_MS, every = 250) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last ? ` (${last.message.split("\n")[0]})` : ""}`);
    await new Promise((r) => setTimeout(r, every));
  }
}

async function main() {
  // --- prerequisites --------------------------------------------------------------------------------------
  begin("prerequisites");
  for (const [what, p] of [["code-server", CODE_SERVER], ["playwright-core", PLAYWRIGHT], ["chromium", CHROMIUM]]) {
    if (!existsSync(p)) throw new Error(`${what} not found at ${p}: run \`bash scripts/e2e-setup.sh\` first`);
  }
  const { chromium } = await import(pathToFileURL(join(PLAYWRIGHT, "index.mjs")).href);
  const articleText = readFileSync(join(REPO, "seeds", ARTICLE), "utf8");
  if (!articleText.includes(FIGURE)) throw new Error(`seeds/${ARTICLE} no longer contains "${FIGURE}"`);
  const before = articleText.slice(0, articleText.indexOf(FIGURE)).split("\n");
  const figureLine = before.length; // 1-based, as the Problems view shows it
  const figureCol = before.at(-1).length + 1;

  // --- the .vsix ----------------------------------------------------------------------------------------
  begin("npm run package -w corroborate-vscode");
  rmSync(VSIX, { force: true });
  run("npm", ["run", "package", "-w", "corroborate-vscode"], { cwd: REPO });
  if (!existsSync(VSIX)) throw new Error(`${VSIX} was not written`);

  // --- a fresh profile, extensions folder and workspace ----------------------------------------------------
  tmp = mkdtempSync(join(tmpdir(), "corroborate-e2e-"));
  const userData = join(tmp, "user-data");
  const extensions = join(tmp, "extensions");
  const workspace = join(tmp, "seeds");
  mkdirSync(join(userData, "User"), { recursive: true });
  mkdirSync(extensions);
  cpSync(join(REPO, "seeds"), workspace, { recursive: true });
  writeFileSync(
    join(userData, "User/settings.json"),
    JSON.stringify(
      {
        "security.workspace.trust.enabled": false,
        "security.workspace.trust.startupPrompt": "never",
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": false,
        "workbench.enableExperiments": false,
        "workbench.welcomePage.walkthroughs.openOnInstall": false,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "extensions.autoCheckUpdates": false,
        "extensions.autoUpdate": false,
        "extensions.ignoreRecommendations": true,
        "chat.commandCenter.enabled": false,
        "git.enabled": false,
        // the figure is far along a long line: wrap so it is on screen
        "editor.wordWrap": "on",
        "editor.minimap.enabled": false,
        "editor.occurrencesHighlight": "off",
        "editor.selectionHighlight": false,
        "editor.hover.delay": 200,
        "editor.hover.sticky": true,
        // below the figure there is room for the whole hover: the diagnostic and the claim
        "editor.hover.above": false,
        "window.zoomLevel": 0,
      },
      null,
      2,
    ),
  );
  // code-server writes its config and state under XDG folders: keep them in tmp, away from $HOME
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(tmp, "xdg-config"),
    XDG_DATA_HOME: join(tmp, "xdg-data"),
    XDG_CACHE_HOME: join(tmp, "xdg-cache"),
    XDG_STATE_HOME: join(tmp, "xdg-state"),
  };
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  const config = join(tmp, "code-server.yaml");
  writeFileSync(config, "auth: none\ncert: false\n");
  const common = ["--config", config, "--user-data-dir", userData, "--extensions-dir", extensions];

  begin("code-server --install-extension corroborate.vsix");
  run(CODE_SERVER, [...common, "--install-extension", VSIX, "--force"], { cwd: tmp, env });
  const listed = run(CODE_SERVER, [...common, "--list-extensions", "--show-versions"], { cwd: tmp, env });
  if (!/corroborate\.corroborate-vscode@/.test(listed)) throw new Error(`extension not listed after install:\n${listed}`);
  log(`installed ${listed.trim().split("\n").filter((l) => l.includes("corroborate")).join(", ")}`);

  // --- code-server ----------------------------------------------------------------------------------------
  begin("start code-server");
  const port = await freePort();
  const out = openSync(join(tmp, "code-server.log"), "a");
  codeServer = spawn(
    CODE_SERVER,
    [...common, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-telemetry", "--disable-update-check",
      "--disable-workspace-trust", "--disable-getting-started-override", "--ignore-last-opened", workspace],
    { cwd: tmp, env, detached: true, stdio: ["ignore", out, out] },
  );
  const exitedEarly = new Promise((_, rej) =>
    codeServer.once("exit", (code, sig) => rej(new Error(`code-server exited early (${code ?? sig})`))),
  );
  exitedEarly.catch(() => {});
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([until("code-server's /healthz", async () => (await fetch(`${base}/healthz`)).ok, STEP_MS, 200), exitedEarly]);
  log(`code-server listening on ${base}`);

  // --- the browser --------------------------------------------------------------------------------------
  begin("open the workspace in Chromium");
  // Chromium writes dconf and cache files under XDG folders too: into tmp with code-server's
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env, timeout: STEP_MS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 960 }, deviceScaleFactor: 1 });
  page = await context.newPage();
  page.setDefaultTimeout(STEP_MS);
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator(".monaco-workbench").waitFor();
  await page.locator(".monaco-workbench .part.editor").waitFor();

  begin(`Quick Open ${ARTICLE}`);
  const editorTab = page.locator(`.tabs-container .tab[aria-label*="${ARTICLE}"]`);
  await until(`the editor tab of ${ARTICLE}`, async () => {
    if (await editorTab.count()) return true;
    if (!(await page.locator(".quick-input-widget:visible").count())) {
      await page.keyboard.press("Control+P");
      await page.locator(".quick-input-widget:visible input").waitFor({ timeout: 5_000 });
    }
    const input = page.locator(".quick-input-widget:visible input");
    if ((await input.inputValue()) !== ARTICLE) await input.fill(ARTICLE);
    const row = page.locator(`.quick-input-widget:visible .monaco-list-row[aria-label*="${ARTICLE}"]`).first();
    await row.waitFor({ timeout: 5_000 });
    await page.keyboard.press("Enter");
    await editorTab.waitFor({ timeout: 5_000 });
    return true;
  });
  const editor = page.locator(".part.editor .editor-instance .monaco-editor").first();
  await editor.locator(".view-lines .view-line").first().waitFor();

  // --- the squiggle on the figure -------------------------------------------------------------------------
  begin(`warning squiggle on "${FIGURE}"`);
  // The figure's on-screen box (the line wraps), found in the rendered text; then a warning squiggle
  // overlapping it. Squiggles are overlay divs, positioned over the text they mark.
  const findFigure = (figure) => {
    const root = document.querySelector(".part.editor .editor-instance .monaco-editor .view-lines");
    if (!root) return null;
    for (const line of root.querySelectorAll(".view-line")) {
      const text = line.textContent.replace(/\u00a0/g, " ");
      const at = text.indexOf(figure);
      if (at < 0) continue;
      // map the character offsets onto text nodes
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!started && at < seen + len) { range.setStart(n, at - seen); started = true; }
        if (started && at + figure.length <= seen + len) { range.setEnd(n, at + figure.length - seen); break; }
        seen += len;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  };
  const squiggleOn = ({ x, y, width, height }) => {
    const hits = [];
    for (const el of document.querySelectorAll(".part.editor .editor-instance .monaco-editor .view-overlays .squiggly-warning")) {
      const s = el.getBoundingClientRect();
      const overlapX = Math.min(s.right, x + width) - Math.max(s.left, x);
      const overlapY = Math.min(s.bottom, y + height) - Math.max(s.top, y);
      if (overlapX > width * 0.8 && overlapY > 0) hits.push({ x: s.x, width: s.width });
    }
    return hits.length ? hits : null;
  };
  const figureBox = await until(`"${FIGURE}" rendered in the editor`, () => page.evaluate(findFigure, FIGURE));
  // line 5 of a wrapped editor: on screen without scrolling
  if (figureBox.y < 0 || figureBox.y > 940) throw new Error(`"${FIGURE}" is outside the viewport (y=${figureBox.y})`);
  const squiggles = await until(`a warning squiggle over "${FIGURE}" (line ${figureLine})`, async () => {
    const box = await page.evaluate(findFigure, FIGURE);
    return box && page.evaluate(squiggleOn, box);
  });
  log(`squiggle at x=${Math.round(squiggles[0].x)}, width ${Math.round(squiggles[0].width)}; figure at x=${Math.round(figureBox.x)}, width ${Math.round(figureBox.width)}`);

  // --- the language status item ------------------------------------------------------------------------------
  // VS Code gathers language status items behind the "{}" entry next to the language mode; its
  // hover lists them
  begin("the language status item");
  const languageStatus = page.locator("#status\\.languageStatus");
  const statusText = await until("the status item with the articles analysed and the conflicts", async () => {
    await languageStatus.hover();
    const texts = await page.locator(".monaco-hover:visible, .context-view:visible").allInnerTexts().catch(() => []);
    return texts.map((t) => t.replace(/\s+/g, " ")).find((t) => /\b5 articles, \d+ conflicts\b/.test(t) && /analysed in \d+ ms/.test(t));
  });
  log(`language status: ${statusText.trim().slice(0, 120)}`);
  await page.mouse.move(5, 5);
  await page.keyboard.press("Escape");

  // --- the hover --------------------------------------------------------------------------------------------
  begin(`hover over "${FIGURE}"`);
  const hover = page.locator(".monaco-hover:visible").first();
  const hoverText = await until(`a hover naming ${OTHER_VALUES.map((v) => `"${v}"`).join(" and ")}`, async () => {
    const box = await page.evaluate(findFigure, FIGURE);
    if (!(await hover.count())) {
      // move away and back so VS Code starts a new hover
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
      await hover.waitFor({ timeout: 5_000 });
    }
    // the language server's hover (not only the diagnostic's message, which names the values too)
    const parts = await hover.locator(".hover-row:not(.status-bar) .hover-contents:not(.marker)").allInnerTexts();
    const claimPart = parts.find((t) => t.includes(FIGURE.replace("approximately ", "")) || /Figure/.test(t));
    if (!claimPart) return null;
    return OTHER_VALUES.every((v) => claimPart.includes(v)) && /conflicts/.test(claimPart) ? parts.join("\n---\n") : null;
  }, STEP_MS, 500);
  log(`hover:\n    ${hoverText.trim().split("\n").filter(Boolean).join("\n    ")}`);
  // The hover is at most about 250 px high and starts with the diagnostic; scroll it (the wheel over
  // the sticky hover, as a user would) until the claim's part is at its top, for the screenshot.
  const claimRow = hover.locator(".hover-row:not(.status-bar)").filter({ hasText: "Other sources" }).last();
  const hb = await hover.boundingBox();
  await page.mouse.move(hb.x + hb.width / 2, hb.y + hb.height / 2);
  await until("the hover scrolled to the claim", async () => {
    const [h, c] = [await hover.boundingBox(), await claimRow.boundingBox()];
    if (!h || !c) throw new Error("the hover closed");
    if (c.y <= h.y + 8) return true;
    await page.mouse.wheel(0, Math.min(100, c.y - h.y));
    return false;
  }, 15_000, 100);
  mkdirSync(dirname(HOVER_PNG), { recursive: true });
  await page.screenshot({ path: HOVER_PNG });
  log(`wrote ${relative(REPO, HOVER_PNG)}`);

  // --- the Problems view ----------------------------------------------------------------------------------
  begin("Problems view");
  // leave the mouse where nothing shows a tooltip: the empty part of the activity bar
  const bar = await page.locator(".part.activitybar").boundingBox();
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height * 0.6);
  await page.keyboard.press("Escape");
  await until("the hover to close", async () => (await page.locator(".monaco-hover:visible").count()) === 0, 10_000).catch(() => {});
  const problems = page.locator(".markers-panel");
  await until("the Problems view (Ctrl+Shift+M, else the command palette)", async () => {
    if (await problems.isVisible()) return true;
    await page.keyboard.press("Control+Shift+M");
    const opened = await problems.waitFor({ state: "visible", timeout: 5_000 }).then(() => true, () => false);
    if (opened) return true;
    log("Ctrl+Shift+M did not open the Problems view; using the command palette");
    await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget:visible input");
    await input.waitFor({ timeout: 5_000 });
    await input.fill(">View: Focus Problems");
    await page.locator(`.quick-input-widget:visible .monaco-list-row[aria-label*="Problems"]`).first().waitFor({ timeout: 5_000 });
    await page.keyboard.press("Enter");
    await problems.waitFor({ state: "visible", timeout: 5_000 });
    return true;
  });
  // The list is virtual: only the rows in view exist. Filter it to the article (a glob filters by
  // file, not by message) so the figure's entry is rendered.
  const filter = page.locator(".part.panel .viewpane-filter input").first();
  await filter.waitFor({ state: "visible" });
  await filter.fill(`**/${ARTICLE}`);
  let seenRows = [];
  const entry = await until(`the Problems entry for "${FIGURE}" in ${ARTICLE}`, async () => {
    const rows = (seenRows = await problems.locator(".monaco-list-row").evaluateAll((els) =>
      els.map((e) => ({ label: e.getAttribute("aria-label") ?? "", text: e.innerText })),
    ));
    const fileRow = rows.find((r) => r.text.includes(ARTICLE));
    const marker = rows.find(
      (r) => /warning/i.test(r.label) && OTHER_VALUES.every((v) => r.text.includes(v)) && r.text.includes(`Ln ${figureLine}, Col ${figureCol}`),
    );
    return fileRow && marker ? marker : null;
  }).catch((e) => {
    throw new Error(`${e.message}; rows seen:\n  ${seenRows.map((r) => `${r.label} | ${r.text.replace(/\s+/g, " ")}`).join("\n  ")}`);
  });
  log(`problems entry: ${entry.text.replace(/\s+/g, " ").trim()}`);
  await page.screenshot({ path: PROBLEMS_PNG });
  log(`wrote ${relative(REPO, PROBLEMS_PNG)}`);

  // --- Corroborate: Compare Sources -------------------------------------------------------------------------
  begin("Corroborate: Compare Sources");
  await page.keyboard.press("Escape");
  // the Problems panel away (Ctrl+J), so that the view has the window's height for the screenshot
  await page.keyboard.press("Control+J");
  await page.locator(".part.panel").waitFor({ state: "hidden", timeout: 5_000 }).catch(() => log("the panel stayed open"));
  await until("the command in the palette", async () => {
    if (!(await page.locator(".quick-input-widget:visible").count())) await page.keyboard.press("F1");
    const input = page.locator(".quick-input-widget:visible input");
    await input.waitFor({ timeout: 5_000 });
    if ((await input.inputValue()) !== ">Corroborate: Compare Sources") await input.fill(">Corroborate: Compare Sources");
    await page.locator(`.quick-input-widget:visible .monaco-list-row[aria-label*="Compare Sources"]`).first().waitFor({ timeout: 5_000 });
    await page.keyboard.press("Enter");
    return true;
  });
  // a webview is an iframe in an iframe; the report's page is the inner one
  const view = page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
  // the cell of this article's figure, in the row of the figure the sources dispute
  const figureCell = view.locator(`tr[data-kind="quantity"][data-state="conflicts"] td:has(a[title*="${FIGURE}"])`);
  await figureCell.waitFor({ timeout: STEP_MS });
  const troopRow = view.locator(`tr[data-kind="quantity"][data-state="conflicts"]:has(a[title*="${FIGURE}"])`);
  const rowText = (await troopRow.innerText()).replace(/\s+/g, " ");
  if (!/conflicts/.test(await figureCell.innerText())) throw new Error(`the cell of "${FIGURE}" does not say it conflicts: ${await figureCell.innerText()}`);
  for (const v of ["~11,000", "not stated"]) if (!rowText.includes(v)) throw new Error(`the disputed row lacks "${v}": ${rowText}`);
  log(`matrix row: ${rowText}`);
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height * 0.6);
  await page.screenshot({ path: COMPARE_PNG });
  log(`wrote ${relative(REPO, COMPARE_PNG)}`);

  // a click on another source's value opens that article with the value selected
  begin("click a value in the matrix");
  const other = troopRow.locator(`a[data-open]:not([title*="${ARTICLE}"])`).first();
  const target = JSON.parse(await other.getAttribute("data-open"));
  const otherFile = decodeURIComponent(target.uri.split("/").pop());
  await other.click();
  const selected = target.range.end.character - target.range.start.character;
  // VS Code's status bar shows where the selection ends (the cursor) and its length
  const where = `Ln ${target.range.end.line + 1}, Col ${target.range.end.character + 1} (${selected} selected)`;
  await until(`${otherFile} active with "${where}" in the status bar`, async () => {
    const active = await page.locator(`.tabs-container .tab.active[aria-label*="${otherFile}"]`).count();
    const status = await page.locator(".statusbar").innerText();
    return active && status.includes(where);
  });
  log(`opened ${otherFile} at ${where}`);
  if (pageErrors.length) log(`page errors (not failing the test): ${pageErrors.slice(0, 3).join(" | ")}`);
}

try {
  await main();
  clearTimeout(overall);
  begin("cleanup");
  await cleanup();
  const times = stepTimes.map(([n, t], i) => `${n} ${(((stepTimes[i + 1]?.[1] ?? Date.now()) - t) / 1000).toFixed(1)} s`);
  log(`PASSED in ${((Date.now() - t0) / 1000).toFixed(1)} s (${times.join("; ")})`);
  process.exit(0);
} catch (e) {
  clearTimeout(overall);
  await fail(e instanceof Error ? e.message : String(e));
}
