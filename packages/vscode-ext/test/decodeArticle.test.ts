import { describe, expect, it } from "vitest";
import { checkText, decodeArticle } from "../src/server/decodeArticle.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeArticle", () => {
  it("keeps a UTF-8 byte order mark as character 0, since claim offsets count it", () => {
    expect(decodeArticle(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Hello")]))).toEqual({ text: "\uFEFFHello" });
  });

  it("reads UTF-16 with a byte order mark", () => {
    const le = Uint8Array.from([0xff, 0xfe, ...[..."Hi"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeArticle(le)).toEqual({ text: "\uFEFFHi" });
  });

  it("names binary files and files that are not UTF-8", () => {
    expect(decodeArticle(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ reason: expect.stringMatching(/binary.*NUL/) });
    expect(decodeArticle(Uint8Array.from([...utf8("ok\nCaf"), 0xe9]))).toEqual({ reason: expect.stringMatching(/not valid UTF-8 \(byte 0xE9 on line 2\)/) });
  });

  it("accepts an empty file: a new article being written is not an error", () => {
    expect(decodeArticle(new Uint8Array())).toEqual({ text: "" });
  });
});

describe("checkText", () => {
  it("refuses text full of control characters and text over the size limit", () => {
    expect(checkText("\u0001\u0002\u0003abc")).toEqual({ reason: expect.stringMatching(/control characters/) });
    expect(checkText("é".repeat(600), 1000)).toEqual({ reason: expect.stringMatching(/too large/) });
    expect(checkText("Tabs\tand\r\nbreaks\f", 1000)).toEqual({ text: "Tabs\tand\r\nbreaks\f" });
  });
});
