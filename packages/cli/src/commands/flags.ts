/** Command-line flags shared by the commands, and the error that means "the user typed it wrong". */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { parseByteSize } from "../byteSize.js";

/** A mistake in the command line; the commands print it with a pointer to --help and exit 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

/** node's parseArgs in strict mode, its errors turned into usage errors with their first sentence. */
export function parseFlags<T extends Options>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split(". ")[0]);
  }
}

/** The options every analysing command accepts, for parseFlags. */
export const analysisFlags = {
  tolerance: { type: "string" },
  "max-size": { type: "string" },
} as const;

/** --tolerance: the relative band around approximate figures; 1 or more would make every figure agree. */
export function parseTolerance(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (text.trim() === "" || !(value >= 0 && value < 1)) {
    throw new UsageError(`--tolerance must be a number from 0 up to (not including) 1, not "${text}"`);
  }
  return value;
}

export function parseMaxSize(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const bytes = parseByteSize(text);
  if (bytes === undefined || bytes <= 0) {
    throw new UsageError(`--max-size must be a size such as 500000, 500KB or 5MB, not "${text}"`);
  }
  return bytes;
}

/** Writes a usage error the way every command does, and gives its exit status. */
export function reportUsageError(error: UsageError, command: string, stderr: { write(text: string): void }): number {
  stderr.write(`corroborate ${command}: ${error.message}\nRun "corroborate ${command} --help" for usage.\n`);
  return 2;
}
