import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { printSortedSchema } from "../src/index.js";

describe("schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema -w @proj/server` after changing a type)", () => {
    const file = readFileSync(new URL("../../../docs/schema.graphql", import.meta.url), "utf8");
    expect(printSortedSchema()).toBe(file);
  });
});
