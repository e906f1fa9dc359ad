import { readFileSync } from "node:fs";

/** The package version, read at run time so that it cannot drift from package.json. */
export function version(): string {
  // dist/version.js sits one folder below package.json, as src/version.ts does.
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
