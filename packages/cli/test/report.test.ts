// `corroborate report` as a command: where the page goes, and the exit status when it cannot be made.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corroborate, tempFolder } from "./helpers.js";

describe("corroborate report", () => {
  it("writes the page to standard output without -o, and the same page with it", () => {
    const tmp = tempFolder();
    try {
      const out = corroborate(["report", "seeds"]);
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/^<!doctype html>/);
      const file = join(tmp.path, "r.html");
      expect(corroborate(["report", "seeds", "-o", file]).status).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(out.stdout);
    } finally {
      tmp.remove();
    }
  });

  it("exits 2 when nothing can be read or the page cannot be written", () => {
    const tmp = tempFolder();
    try {
      const none = corroborate(["report", join(tmp.path, "missing")]);
      expect(none.status).toBe(2);
      expect(none.stderr).toMatch(/none of the inputs could be read/);
      const bad = corroborate(["report", "seeds", "-o", join(tmp.path, "no", "such", "dir", "r.html")]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/cannot write/);
      expect(existsSync(join(tmp.path, "no"))).toBe(false);
      expect(corroborate(["report", "--bogus"]).status).toBe(2);
    } finally {
      tmp.remove();
    }
  });
});
