import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "../src/index.js";
import { SEEDS, tempDataDir } from "./helpers.js";

describe("the first start over a folder", () => {
  it("stores the .txt files that are articles and skips, with a reason, the ones that are not", async () => {
    const tmp = await tempDataDir();
    const folder = join(tmp.dir, "..", "articles");
    await mkdir(join(folder, "nested"), { recursive: true });
    await copyFile(join(SEEDS, "001_146c9178da6cf846.txt"), join(folder, "nested", "a.txt"));
    await writeFile(join(folder, "empty.txt"), "  \n");
    await writeFile(join(folder, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    await writeFile(join(folder, "notes.md"), "not an article");
    try {
      const server = await startServer({ port: 0, dataDir: tmp.dir, folder });
      try {
        expect(server.loaded.sources).toBe(1);
        expect(server.loaded.imported).toBe(1);
        expect(server.loaded.skipped.map((s) => [s.path.slice(folder.length + 1), s.reason]).sort()).toEqual([
          ["empty.txt", "the file is empty or only whitespace"],
          ["latin1.txt", "not valid UTF-8"],
        ]);
      } finally {
        await server.close();
      }
      // the store is no longer empty: the folder is not read again
      await writeFile(join(folder, "later.txt"), "A later article that arrives after the first start.");
      const again = await startServer({ port: 0, dataDir: tmp.dir, folder });
      expect(again.loaded).toMatchObject({ sources: 1, imported: 0 });
      await again.close();
    } finally {
      await tmp.remove();
    }
  });
});
