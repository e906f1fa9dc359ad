#!/usr/bin/env node
import { main } from "./main.js";

try {
  // exitCode rather than exit(): a report piped to another program is flushed before node stops.
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`corroborate: internal error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
