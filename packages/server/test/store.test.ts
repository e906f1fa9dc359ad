import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DuplicateUriError, type ArticleStore } from "../src/store/articleStore.js";
import { openPgliteStore, openPostgresStore, startServer } from "../src/index.js";
import { data, freshDatabase as sharedFreshDatabase, SEEDS, tempDataDir } from "./helpers.js";

/**
 * The same contract for both stores. PostgreSQL runs when TEST_DATABASE_URL names a server the test
 * may create databases on (e.g. postgres://postgres@127.0.0.1:5432/postgres); PGlite always runs.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL;

function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return sharedFreshDatabase(ADMIN_URL!);
}

interface Backend {
  open(): Promise<ArticleStore>;
  cleanup(): Promise<void>;
}

const backends: [string, boolean, () => Promise<Backend>][] = [
  [
    "PGlite",
    true,
    async () => {
      const tmp = await tempDataDir();
      return { open: () => openPgliteStore(tmp.dir), cleanup: tmp.remove };
    },
  ],
  [
    "PostgreSQL",
    !!ADMIN_URL,
    async () => {
      const db = await freshDatabase();
      return { open: () => openPostgresStore(db.url), cleanup: db.drop };
    },
  ],
];

for (const [name, enabled, make] of backends) {
  describe.skipIf(!enabled)(`the ${name} article store`, () => {
    let backend: Backend;
    let store: ArticleStore;
    beforeAll(async () => {
      backend = await make();
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
      await backend?.cleanup();
    });

    it("adds in one transaction and lists oldest first", async () => {
      const result = await store.add(
        [
          { uri: "u:1", text: "one", title: null },
          { uri: "u:2", text: "two", title: "Two" },
        ],
        () => "applied",
      );
      expect(result).toBe("applied");
      const all = await store.all();
      expect(all.map((a) => [a.uri, a.text, a.title])).toEqual([
        ["u:1", "one", null],
        ["u:2", "two", "Two"],
      ]);
      expect(all[0].addedAt).toBeInstanceOf(Date);
      expect(await store.count()).toBe(2);
    });

    it("refuses a uri already stored, and keeps nothing of that transaction", async () => {
      const attempt = store.add(
        [
          { uri: "u:3", text: "three", title: null },
          { uri: "u:1", text: "again", title: null },
        ],
        () => undefined,
      );
      await expect(attempt).rejects.toBeInstanceOf(DuplicateUriError);
      await expect(attempt).rejects.toMatchObject({ uri: "u:1" });
      expect((await store.all()).map((a) => a.uri)).toEqual(["u:1", "u:2"]);
    });

    it("keeps nothing when the work inside the transaction fails", async () => {
      await expect(
        store.add([{ uri: "u:4", text: "four", title: null }], () => {
          throw new Error("analysis failed");
        }),
      ).rejects.toThrow("analysis failed");
      await expect(store.remove("u:2", () => Promise.reject(new Error("no")))).rejects.toThrow("no");
      expect((await store.all()).map((a) => a.uri)).toEqual(["u:1", "u:2"]);
    });

    it("removes, saying whether there was anything to remove", async () => {
      expect(await store.remove("u:2", () => 42)).toEqual({ removed: true, result: 42 });
      expect(await store.remove("u:2", () => 42)).toEqual({ removed: false });
      expect((await store.all()).map((a) => a.uri)).toEqual(["u:1"]);
    });

    it("appends articles and their change in one statement, and keeps nothing of it when a uri is taken", async () => {
      const before = await store.lastSeq();
      const seq = await store.append(
        [
          { uri: "u:5", text: "five", title: "Five" },
          { uri: "u:6", text: "six", title: null },
        ],
        ["conflict-a"],
      );
      expect(seq).toBeGreaterThan(before);
      expect(await store.changesSince(before)).toEqual([{ seq, op: "add", uris: ["u:5", "u:6"], conflicts: ["conflict-a"] }]);
      expect((await store.articles(["u:5", "u:6"])).map((a) => [a.uri, a.text, a.title]).sort()).toEqual([
        ["u:5", "five", "Five"],
        ["u:6", "six", null],
      ]);
      const attempt = store.append(
        [
          { uri: "u:7", text: "seven", title: null },
          { uri: "u:5", text: "again", title: null },
        ],
        [],
      );
      await expect(attempt).rejects.toBeInstanceOf(DuplicateUriError);
      await expect(attempt).rejects.toMatchObject({ uri: "u:5" });
      expect(await store.lastSeq()).toBe(seq);
      expect(await store.articles(["u:7"])).toEqual([]);
      for (const uri of ["u:5", "u:6"]) await store.remove(uri, () => undefined);
    });

    it("reopens with its migrations applied once", async () => {
      await store.close();
      store = await backend.open();
      expect((await store.all()).map((a) => a.uri)).toEqual(["u:1"]);
      await store.ping();
    });
  });
}

describe.skipIf(!ADMIN_URL)("the server over PostgreSQL", () => {
  it("serves a folder stored in PostgreSQL, and finds it there on the next start", async () => {
    const db = await freshDatabase();
    const tmp = await tempDataDir();
    try {
      const query = `{ conflicts(kind: QUANTITY) { edges { node { subject } } } sources { edges { node { uri } } } }`;
      const first = await startServer({ port: 0, dataDir: tmp.dir, databaseUrl: db.url, folder: SEEDS });
      const before = await data(first.graphqlUrl, query).finally(() => first.close());
      expect(first.loaded).toMatchObject({ sources: 5, imported: 5 });
      expect(before.conflicts.edges.some((e: any) => /North Korean troops/.test(e.node.subject))).toBe(true);
      const second = await startServer({ port: 0, dataDir: tmp.dir, databaseUrl: db.url, folder: SEEDS });
      const after = await data(second.graphqlUrl, query).finally(() => second.close());
      expect(second.loaded).toMatchObject({ sources: 5, imported: 0 });
      expect(after).toEqual(before);
    } finally {
      await tmp.remove();
      await db.drop();
    }
  });
});
