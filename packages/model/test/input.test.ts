import { describe, expect, it } from "vitest";
import { decodeArticle, parseIgnoreList, withIgnoredId } from "../src/index.js";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it("keeps a UTF-8 byte order mark, so that ranges count from the file's first character", () => {
    expect(decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("Hello.")]))).toEqual({ text: "\uFEFFHello." });
  });
  it("reads UTF-16 with a byte order mark", () => {
    expect(decodeArticle(Uint8Array.from([0xff, 0xfe, 0x48, 0, 0x69, 0]))).toEqual({ text: "\uFEFFHi" });
  });
  it("says why it refuses: binary, not UTF-8 (with the line), empty", () => {
    expect(decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toEqual({ reason: expect.stringMatching(/binary/) });
    expect(decodeArticle(Uint8Array.from([...bytes("ok\nCaf"), 0xe9]))).toEqual({ reason: expect.stringMatching(/not valid UTF-8 \(byte 0xE9 on line 2\)/) });
    expect(decodeArticle(new Uint8Array())).toEqual({ reason: "the file is empty" });
    expect(decodeArticle(new Uint8Array(), { allowEmpty: true })).toEqual({ text: "" });
  });
});

describe("the ignore list", () => {
  it("adds an id once and keeps what the file holds", () => {
    const raw = JSON.stringify({ ignore: [{ id: "quantity-1", note: "checked" }], owner: "desk" });
    const once = withIgnoredId(raw, "quote-2");
    expect(once.changed).toBe(true);
    expect(JSON.parse(once.text)).toEqual({ ignore: [{ id: "quantity-1", note: "checked" }, { id: "quote-2" }], owner: "desk" });
    expect(withIgnoredId(once.text, "quote-2").changed).toBe(false);
    expect([...parseIgnoreList(once.text)]).toEqual(["quantity-1", "quote-2"]);
  });
  it("refuses a malformed file in words", () => {
    expect(() => parseIgnoreList("{")).toThrow(/is not valid JSON/);
    expect(() => withIgnoredId('{"ignore": [1]}', "x")).toThrow(/must look like/);
  });
});
