/**
 * The `corroborate.*` settings, read by the language server and declared to VS Code in package.json
 * (`contributes.configuration`; a test keeps the two defaults equal). Any editor can send them: the
 * server asks for the section `corroborate` through `workspace/configuration`.
 */

export const SETTINGS_SECTION = "corroborate";

export type SeverityName = "error" | "warning" | "information" | "hint";

/** The conflict kinds a severity can be chosen for (the engine's `ConflictKind` minus "other"). */
export type SeverityKind = "quantity" | "date" | "attribution" | "quote";

export interface CorroborateSettings {
  enable: boolean;
  /** Globs relative to each workspace folder. */
  include: string[];
  exclude: string[];
  /** In megabytes. */
  maxFileSize: number;
  /** Relative band of approximate figures, handed to `Corpus.configure`. */
  tolerance: number;
  severity: Record<SeverityKind, SeverityName>;
  /** Show the calendar date a relative date ("Thursday", "last August") resolves to, after it. */
  inlayHints: boolean;
}

export const defaultSettings: CorroborateSettings = {
  enable: true,
  include: ["**/*.txt"],
  exclude: ["**/node_modules/**"],
  maxFileSize: 5,
  tolerance: 0.04,
  severity: { quantity: "warning", date: "warning", attribution: "information", quote: "information" },
  inlayHints: true,
};

const SEVERITIES: readonly string[] = ["error", "warning", "information", "hint"];

/**
 * Settings from whatever the client sent: missing or ill-typed values take their default, so a
 * typo in one setting never disables the others. Accepts the nested form VS Code sends
 * (`severity: { quantity }`) and the dotted form some clients send (`"severity.quantity"`).
 */
export function normalizeSettings(raw: unknown): CorroborateSettings {
  const r = isObject(raw) ? raw : {};
  const severityRaw = isObject(r.severity) ? r.severity : {};
  const severity = { ...defaultSettings.severity };
  for (const kind of Object.keys(severity) as SeverityKind[]) {
    const value = severityRaw[kind] ?? r[`severity.${kind}`];
    if (typeof value === "string" && SEVERITIES.includes(value.toLowerCase())) severity[kind] = value.toLowerCase() as SeverityName;
  }
  return {
    enable: typeof r.enable === "boolean" ? r.enable : defaultSettings.enable,
    include: globs(r.include) ?? defaultSettings.include,
    exclude: globs(r.exclude) ?? defaultSettings.exclude,
    maxFileSize: nonNegative(r.maxFileSize) ?? defaultSettings.maxFileSize,
    tolerance: nonNegative(r.tolerance) ?? defaultSettings.tolerance,
    severity,
    inlayHints: typeof r.inlayHints === "boolean" ? r.inlayHints : defaultSettings.inlayHints,
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function globs(x: unknown): string[] | undefined {
  if (typeof x === "string") return [x];
  if (Array.isArray(x) && x.every((g) => typeof g === "string")) return x;
  return undefined;
}

function nonNegative(x: unknown): number | undefined {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : undefined;
}

export function maxFileBytes(settings: CorroborateSettings): number {
  return Math.round(settings.maxFileSize * 1024 * 1024);
}
