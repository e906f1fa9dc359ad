#!/usr/bin/env node
// Scores the engine on each held-out corpus of packages/model/test/corpora with `corroborate eval`:
// a corpus's gold.json (the shared format, GOLD-FORMAT.md) as it is, or else its expected.json
// turned into that format.
// usage: node scripts/eval-corpora.mjs [--verbose] [corpus ...]   (build @proj/model first)
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpora = join(root, "packages/model/test/corpora");
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const names = args.filter((a) => !a.startsWith("--"));
const tmp = mkdtempSync(join(tmpdir(), "corpora-gold-"));

const mention = (m) => ({ file: m.file, text: m.text, occurrence: m.occurrence ?? 1 });
function toGold(expected) {
  return {
    event: expected.event,
    conflicts: expected.conflicts.map((c, i) => ({
      id: `c${i + 1}`,
      kind: c.kind,
      about: c.about,
      mentions: [mention(c.a), mention(c.b)],
      conflicting_pairs: [[c.a.file, c.b.file]],
    })),
    must_not_flag: expected.mustNot.map((m, i) => ({ id: `n${i + 1}`, about: m.about, ...(m.kinds ? { kinds: m.kinds } : {}), mentions: [mention(m.a), mention(m.b)] })),
  };
}

const rows = [];
for (const name of names.length ? names : readdirSync(corpora).sort()) {
  const dir = join(corpora, name);
  let gold = join(dir, "gold.json");
  if (!existsSync(gold)) {
    gold = join(tmp, `${name}.json`);
    writeFileSync(gold, JSON.stringify(toGold(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")))));
  }
  let out;
  try {
    out = execFileSync(process.execPath, [join(root, "packages/cli/bin/corroborate.js"), "eval", dir, "--gold", gold, ...(verbose ? ["--verbose"] : [])], { encoding: "utf8" });
  } catch (e) {
    out = e.stdout;
  }
  if (verbose) console.log(`== ${name}\n${out}`);
  const m = /recall=\S+ \((\d+)\/(\d+)\).*false_alarms=(\d+)\/(\d+) reported_pairs=(\d+) unreviewed=(\d+)/.exec(out);
  rows.push([name, m[2], m[1], m[3], m[5], m[6]]);
}
console.log("| corpus | core gold pairs | found | false alarms | reported pairs | unreviewed |\n|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
