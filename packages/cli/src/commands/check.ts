/** `corroborate check`: find the conflicts in a set of articles and report them. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildReport, defaultOptions } from "@proj/model";
import { analyseCorpus } from "../analyse.js";
import { formatByteSize } from "../byteSize.js";
import { formatJson } from "../formats/json.js";
import { formatJsonLd } from "../formats/jsonld.js";
import { formatSarif } from "../formats/sarif.js";
import { formatInputErrors, formatStylish } from "../formats/stylish.js";
import { IGNORE_FILE, readIgnoredIds } from "../ignoreFile.js";
import { wantsColor, type Io } from "../io.js";
import { DEFAULT_MAX_SIZE, readInputs } from "../readInputs.js";
import { version } from "../version.js";
import { analysisFlags, parseFlags, parseMaxSize, parseTolerance, reportUsageError, UsageError } from "./flags.js";

export const CHECK_HELP = `Usage: corroborate check [files or folders...] [options]

Finds statements that cannot all be true across news articles about one event:
figures, dates, who said what, and quotes. Folders are searched recursively for
.txt files (hidden entries and node_modules are skipped); a file named on the
command line is read whatever its extension. Default: the current folder.

Options:
  -f, --format <name>    stylish (default), json, sarif or jsonld (schema.org
                         Claims, Web Annotation selectors; docs/vocab/)
      --tolerance <r>    relative tolerance for approximate figures, 0 <= r < 1
                         (default ${defaultOptions.tolerance})
      --max-size <size>  skip files larger than this: bytes, or with KB or MB
                         (1 KB = 1024 bytes; default ${formatByteSize(DEFAULT_MAX_SIZE)})
  -o, --output <file>    write the report to <file> instead of standard output
  -h, --help             show this help

Files that cannot be used (missing, binary, empty, larger than --max-size, or
in an encoding other than UTF-8 and UTF-16 with a byte order mark) are skipped
with a message on standard error, or listed in the output ("errors" in json,
notifications in sarif, standard error for jsonld); the other files are still
analysed.

Reviewed conflicts:
  If ${IGNORE_FILE} exists in the current folder, the conflicts it lists
  are left out of the report. Take the ids from the json output:
    { "ignore": [ { "id": "<conflict id>" } ] }

Exit status:
  0  no conflicts
  1  conflicts found
  2  usage error, bad ${IGNORE_FILE}, or no input file could be read
`;

const FORMATS = ["stylish", "json", "sarif", "jsonld"] as const;
type Format = (typeof FORMATS)[number];

interface CheckSettings {
  paths: string[];
  format: Format;
  tolerance?: number;
  maxSize?: number;
  output?: string;
}

/** The settings the command line asks for, or "help"; throws UsageError on a mistake. */
function settingsFrom(args: string[]): CheckSettings | "help" {
  const { values, positionals } = parseFlags(args, {
    ...analysisFlags,
    format: { type: "string", short: "f", default: "stylish" },
    output: { type: "string", short: "o" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) return "help";
  const format = FORMATS.find((f) => f === values.format);
  if (!format) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, not "${values.format}"`);
  return {
    paths: positionals.length ? positionals : ["."],
    format,
    tolerance: parseTolerance(values.tolerance),
    maxSize: parseMaxSize(values["max-size"]),
    output: values.output,
  };
}

export function checkCommand(args: string[], io: Io): number {
  let settings: CheckSettings | "help";
  let ignored: Set<string>;
  try {
    settings = settingsFrom(args);
    if (settings === "help") {
      io.stdout.write(CHECK_HELP);
      return 0;
    }
    ignored = readIgnoredIds(io.cwd);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error, "check", io.stderr);
    io.stderr.write(`corroborate check: ${(error as Error).message}\n`);
    return 2;
  }
  const { format, output, tolerance } = settings;

  const { files, errors } = readInputs(settings.paths, { cwd: io.cwd, maxSize: settings.maxSize });
  const { corpus, pathOf } = analyseCorpus(files, tolerance === undefined ? {} : { tolerance });
  const report = buildReport(corpus, { pathOf, ignore: ignored });

  let document: string | undefined;
  if (format === "json") document = formatJson(report, errors);
  else if (format === "sarif") document = formatSarif(report, errors, { cwd: io.cwd, version: version() });
  else if (format === "jsonld") {
    io.stderr.write(formatInputErrors(errors, { color: wantsColor(io.stderr, io.env) }));
    document = formatJsonLd(corpus, { pathOf, ignore: ignored });
  }
  else {
    io.stderr.write(formatInputErrors(errors, { color: wantsColor(io.stderr, io.env) }));
    // With nothing read there is nothing to summarise; the message below says why.
    if (files.length) document = formatStylish(report, { color: !output && wantsColor(io.stdout, io.env) });
  }
  if (document !== undefined && !emit(document, output, io)) return 2;

  if (files.length === 0) {
    io.stderr.write("corroborate check: none of the inputs could be read\n");
    return 2;
  }
  return report.conflicts.length ? 1 : 0;
}

/** Sends the report to --output or standard output; false when the file cannot be written. */
function emit(document: string, output: string | undefined, io: Io): boolean {
  if (!output) {
    io.stdout.write(document);
    return true;
  }
  try {
    writeFileSync(resolve(io.cwd, output), document);
    return true;
  } catch (error) {
    io.stderr.write(`corroborate check: cannot write ${output}: ${(error as Error).message}\n`);
    return false;
  }
}
