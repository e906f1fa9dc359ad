/** The `corroborate` command line: picks the command and hands it the rest of the arguments. */
import { processIo, type Io } from "./io.js";
import { version } from "./version.js";

export const MAIN_HELP = `Usage: corroborate <command> [options]

Finds where news articles about the same event disagree: figures, dates,
attributions and quotes.

Commands:
  check [files or folders...]   report the conflicts between articles (.txt)
  report [files or folders...]  one HTML page of pictures: claim matrix, timeline, quotes
  eval <folder>                 score the conflicts found against a gold file
  serve [folder]                serve the articles over GraphQL (with a playground)

Options:
  -h, --help       show this help; "corroborate <command> --help" for a command
  -v, --version    show the version

Examples:
  corroborate check seeds
  corroborate check articles --format sarif --output corroborate.sarif
  corroborate report seeds -o report.html
  corroborate eval seeds --verbose --min-recall 1
`;

/** A command gives an exit status, or undefined when it keeps the process running (serve). */
type Command = (args: string[], io: Io) => number | undefined | Promise<number | undefined>;

// Loaded on demand: the engine takes a second or more to load its language models, which
// --version, --help and a mistyped command should not wait for.
const COMMANDS = new Map<string, () => Promise<Command>>([
  ["check", async () => (await import("./commands/check.js")).checkCommand],
  ["report", async () => (await import("./commands/report.js")).reportCommand],
  ["eval", async () => (await import("./commands/eval.js")).evalCommand],
  ["serve", async () => (await import("./commands/serve.js")).serveCommand],
]);

/** Runs the command line `argv` (without node and the script) and gives the exit status. */
export async function main(argv: string[], io: Io = processIo()): Promise<number | undefined> {
  const [first, ...rest] = argv;
  if (first === "--version" || first === "-v") {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first === "--help" || first === "-h") {
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  if (first === "help") {
    const load = COMMANDS.get(rest[0]);
    if (load) return (await load())(["--help"], io);
    io.stdout.write(MAIN_HELP);
    return 0;
  }
  const load = first === undefined ? undefined : COMMANDS.get(first);
  if (!load) {
    io.stderr.write(first === undefined ? MAIN_HELP : `corroborate: unknown command "${first}"\nRun "corroborate --help" for usage.\n`);
    return 2;
  }
  return (await load())(rest, io);
}
