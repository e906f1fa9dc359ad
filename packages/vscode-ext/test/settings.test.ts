import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultSettings, maxFileBytes, normalizeSettings } from "../src/shared/settings.js";

describe("normalizeSettings", () => {
  it("fills every missing setting with its default", () => {
    expect(normalizeSettings(undefined)).toEqual(defaultSettings);
    expect(normalizeSettings(null)).toEqual(defaultSettings);
    expect(normalizeSettings({})).toEqual(defaultSettings);
  });

  it("keeps valid values and replaces ill-typed ones one by one", () => {
    const s = normalizeSettings({ enable: "no", include: ["a/**/*.txt"], exclude: 3, maxFileSize: -1, tolerance: 0.1, severity: { quantity: "Error", date: "loud" } });
    expect(s.enable).toBe(true);
    expect(s.include).toEqual(["a/**/*.txt"]);
    expect(s.exclude).toEqual(defaultSettings.exclude);
    expect(s.maxFileSize).toBe(5);
    expect(s.tolerance).toBe(0.1);
    expect(s.severity).toEqual({ ...defaultSettings.severity, quantity: "error" });
  });

  it("accepts a single glob and the dotted severity keys some clients send", () => {
    const s = normalizeSettings({ include: "**/*.text", "severity.quote": "hint" });
    expect(s.include).toEqual(["**/*.text"]);
    expect(s.severity.quote).toBe("hint");
  });

  it("counts the size limit in megabytes", () => {
    expect(maxFileBytes(defaultSettings)).toBe(5 * 1024 * 1024);
  });
});

describe("package.json contributes the same settings", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  const properties: Record<string, { default: unknown }> = pkg.contributes.configuration.properties;

  it("declares each setting with the server's default, and no other", () => {
    const declared = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k.replace(/^corroborate\./, ""), v.default]));
    const flat = { ...defaultSettings, severity: undefined } as Record<string, unknown>;
    delete flat.severity;
    for (const [kind, severity] of Object.entries(defaultSettings.severity)) flat[`severity.${kind}`] = severity;
    expect(declared).toEqual(flat);
  });
});
