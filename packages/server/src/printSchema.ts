import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSortedSchema } from "./schema/index.js";

/** Writes the sorted SDL to docs/schema.graphql (`npm run schema -w @proj/server`); a test checks it. */
export const SCHEMA_FILE = fileURLToPath(new URL("../../../docs/schema.graphql", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, printSortedSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
