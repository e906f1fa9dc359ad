/** Runs the built `corroborate` binary the way a user would, and reads what it leaves behind. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
export const BIN = join(PACKAGE, "dist", "bin.js");
export const REPO = join(PACKAGE, "..", "..");
export const SEEDS = join(REPO, "seeds");
export const SEEDS_GOLD = join(PACKAGE, "test", "fixtures", "seeds-gold.json");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function corroborate(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run "npm run build -w @proj/cli" first`);
  const { NO_COLOR: _drop, ...env } = process.env;
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? REPO,
    env: { ...env, ...opts.env },
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh folder under the system temp folder, removed by the returned function. */
export function tempFolder(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "corroborate-test-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** UTF-16 offset of an LSP position, with "\r\n", "\n" and "\r" as line breaks as the LSP defines them. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    if (i >= text.length) return Infinity;
    const c = text[i++];
    if (c === "\n" || (c === "\r" && text[i] !== "\n")) line++;
  }
  return i + pos.character;
}

/** The lines of a text without their breaks, split as offsetAt counts them. */
export function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

export interface JsonClaim {
  path: string;
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
  value: string;
  kind: string;
}

export interface JsonReport {
  conflicts: { id: string; kind: string; severity: string; message: string; claims: JsonClaim[]; disagreements: [number, number][] }[];
  sources: { path: string; uri: string }[];
  errors: { path: string; reason: string }[];
}
