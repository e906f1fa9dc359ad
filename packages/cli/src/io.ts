/**
 * Where a command reads and writes. Commands take this instead of touching `process`, so tests and
 * other programs can run them in-process and collect the output.
 */
export interface Output {
  write(text: string): void;
  /** Colour is only worth sending to a terminal. */
  isTTY?: boolean;
}

export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Output;
  stderr: Output;
}

export function processIo(): Io {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr };
}

/** Colour only for a terminal, and never when the user asked for none (https://no-color.org). */
export function wantsColor(stream: Output, env: Io["env"]): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
