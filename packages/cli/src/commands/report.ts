/** `corroborate report`: the pictures of a set of articles as one self-contained HTML file. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { compareSources, defaultOptions } from "@proj/model";
import { renderReport } from "@proj/views";
import { analyseCorpus } from "../analyse.js";
import { formatByteSize } from "../byteSize.js";
import { formatInputErrors } from "../formats/stylish.js";
import { IGNORE_FILE, readIgnoredIds } from "../ignoreFile.js";
import { wantsColor, type Io } from "../io.js";
import { DEFAULT_MAX_SIZE, readInputs } from "../readInputs.js";
import { version } from "../version.js";
import { analysisFlags, parseFlags, parseMaxSize, parseTolerance, reportUsageError, UsageError } from "./flags.js";

export const REPORT_HELP = `Usage: corroborate report [files or folders...] [options]

Writes one HTML page that shows where the articles disagree: for each event a
claim matrix (sources as columns, what they state as rows, each cell marked
agrees, compatible, conflicts or not stated), a timeline of the dates, and the
quotes compared word by word. The page is self-contained (no network, no
scripts) and readable on a phone; each value links to its line in the file.
Inputs are read as by "corroborate check"; conflicts listed in
${IGNORE_FILE} are marked as reviewed.

Options:
  -o, --output <file>    write the page to <file> instead of standard output
      --tolerance <r>    relative tolerance for approximate figures, 0 <= r < 1
                         (default ${defaultOptions.tolerance})
      --max-size <size>  skip files larger than this (default ${formatByteSize(DEFAULT_MAX_SIZE)})
  -h, --help             show this help

Example:
  corroborate report seeds -o report.html

Exit status:
  0  the page was written
  2  usage error, bad ${IGNORE_FILE}, no input file could be read, or the
     page could not be written
`;

export function reportCommand(args: string[], io: Io): number {
  let settings: { paths: string[]; output?: string; tolerance?: number; maxSize?: number };
  let ignored: Set<string>;
  try {
    const { values, positionals } = parseFlags(args, {
      ...analysisFlags,
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    });
    if (values.help) {
      io.stdout.write(REPORT_HELP);
      return 0;
    }
    settings = {
      paths: positionals.length ? positionals : ["."],
      output: values.output,
      tolerance: parseTolerance(values.tolerance),
      maxSize: parseMaxSize(values["max-size"]),
    };
    ignored = readIgnoredIds(io.cwd);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error, "report", io.stderr);
    io.stderr.write(`corroborate report: ${(error as Error).message}\n`);
    return 2;
  }

  const { files, errors } = readInputs(settings.paths, { cwd: io.cwd, maxSize: settings.maxSize });
  io.stderr.write(formatInputErrors(errors, { color: wantsColor(io.stderr, io.env) }));
  if (!files.length) {
    io.stderr.write("corroborate report: none of the inputs could be read\n");
    return 2;
  }
  const { corpus, pathOf } = analyseCorpus(files, settings.tolerance === undefined ? {} : { tolerance: settings.tolerance });
  const html = renderReport(compareSources(corpus, { pathOf, ignore: ignored }), {
    subtitle: `${settings.paths.join(", ")}: corroborate ${version()}${errors.length ? `; ${errors.length} file(s) could not be read` : ""}`,
  });
  if (!settings.output) {
    io.stdout.write(html);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, settings.output), html);
  } catch (error) {
    io.stderr.write(`corroborate report: cannot write ${settings.output}: ${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}
