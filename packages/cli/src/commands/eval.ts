/**
 * `corroborate eval`: analyse a folder and score the report against its gold file, printing what the
 * shared scorer (score.mjs) prints, so tuning can happen without writing the report to disk.
 */
import { readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { scoreReport, type Gold } from "@proj/model";
import { analyse } from "../analyse.js";
import { formatInputErrors } from "../formats/stylish.js";
import { wantsColor, type Io } from "../io.js";
import { readInputs } from "../readInputs.js";
import { analysisFlags, parseFlags, parseMaxSize, parseTolerance, reportUsageError, UsageError } from "./flags.js";

export const EVAL_HELP = `Usage: corroborate eval <folder> [options]

Analyses the .txt files in <folder> as "corroborate check" does and scores the
conflicts found against a gold file (the format of GOLD-FORMAT.md), by the same
rules and with the same output as the project's scorer:

  recall=1.00 (4/4) stretch=0/1 false_alarms=0/37 reported_pairs=9 unreviewed=2

Options:
      --gold <file>             the gold file (default <folder>/gold.json)
      --min-recall <r>          exit 1 when core recall is below r (0 to 1)
      --max-false-alarms <n>    exit 1 when more than n must-not-flag pairs are reported
      --verbose                 list each found, missed, false-alarm and unreviewed pair
      --tolerance <r>           as for check
      --max-size <size>         as for check
  -h, --help                    show this help

Exit status:
  0  thresholds met (or none given)
  1  a threshold missed
  2  usage error, unreadable gold file, or no input file could be read
`;

interface EvalSettings {
  folder: string;
  gold: string;
  minRecall?: number;
  maxFalseAlarms?: number;
  verbose: boolean;
  tolerance?: number;
  maxSize?: number;
}

function settingsFrom(args: string[]): EvalSettings | "help" {
  const { values, positionals } = parseFlags(args, {
    ...analysisFlags,
    gold: { type: "string" },
    "min-recall": { type: "string" },
    "max-false-alarms": { type: "string" },
    verbose: { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  if (positionals.length !== 1) throw new UsageError("give exactly one folder to evaluate");
  const folder = positionals[0];
  return {
    folder,
    gold: values.gold ?? join(folder, "gold.json"),
    minRecall: parseBounded("--min-recall", values["min-recall"], (n) => n >= 0 && n <= 1, "a number from 0 to 1"),
    maxFalseAlarms: parseBounded("--max-false-alarms", values["max-false-alarms"], (n) => Number.isInteger(n) && n >= 0, "a whole number, 0 or more"),
    verbose: values.verbose,
    tolerance: parseTolerance(values.tolerance),
    maxSize: parseMaxSize(values["max-size"]),
  };
}

function parseBounded(flag: string, text: string | undefined, ok: (n: number) => boolean, expected: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === "" || !ok(n)) throw new UsageError(`${flag} must be ${expected}, not "${text}"`);
  return n;
}

export function evalCommand(args: string[], io: Io): number {
  let settings: EvalSettings | "help";
  try {
    settings = settingsFrom(args);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error, "eval", io.stderr);
    throw error;
  }
  if (settings === "help") {
    io.stdout.write(EVAL_HELP);
    return 0;
  }

  let gold: Gold;
  try {
    gold = readGold(resolve(io.cwd, settings.gold));
  } catch (error) {
    io.stderr.write(`corroborate eval: ${settings.gold}: ${(error as Error).message}\n`);
    return 2;
  }

  const { files, errors } = readInputs([settings.folder], { cwd: io.cwd, maxSize: settings.maxSize });
  io.stderr.write(formatInputErrors(errors, { color: wantsColor(io.stderr, io.env) }));
  if (files.length === 0) {
    io.stderr.write("corroborate eval: none of the inputs could be read\n");
    return 2;
  }
  const report = analyse(files, settings.tolerance === undefined ? {} : { tolerance: settings.tolerance });
  // Gold names files by base name, as the shared scorer does.
  const texts = new Map(files.map((f) => [basename(f.path), f.text]));

  let score;
  try {
    score = scoreReport(gold, texts, report, { minRecall: settings.minRecall, maxFalseAlarms: settings.maxFalseAlarms });
  } catch (error) {
    // A gold mention that is not in its file: the gold belongs to another corpus or another version.
    io.stderr.write(`corroborate eval: ${settings.gold}: ${(error as Error).message}\n`);
    return 2;
  }
  const lines = settings.verbose ? [...score.lines, score.summary] : [score.summary];
  io.stdout.write(lines.join("\n") + "\n");
  return score.passed ? 0 : 1;
}

/** The gold file, checked just enough that a wrong file gives a message rather than a stack trace. */
function readGold(path: string): Gold {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? "no such gold file (give one with --gold)" : `cannot be read (${code})`);
  }
  let gold: unknown;
  try {
    gold = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray((gold as Gold | null)?.conflicts)) throw new Error('not a gold file: it has no "conflicts" list');
  return gold as Gold;
}
