/**
 * SARIF 2.1.0 for code-scanning services and editors. One result per conflict: its first disputed
 * claim is the location, every other claim a related location. Regions are 1-based lines and columns
 * counted in UTF-16 code units of the file as read (a BOM counts), the same units as the JSON ranges.
 */
import { describeClaim, type Report, type ReportConflict } from "@proj/model";
import { pathToFileURL } from "node:url";
import type { InputError } from "../readInputs.js";
import { disagreeingClaims } from "./disagreeingClaims.js";

export interface SarifOptions {
  /** The folder that relative paths in the report start from. */
  cwd: string;
  version: string;
}

type ConflictKind = ReportConflict["kind"];

// Where the rules are explained. The project documentation is the one place that describes every kind.
const HELP_BASE = "https://github.com/corroborate/corroborate/blob/main/docs/conflict-kinds.md";

const RULES: { id: ConflictKind; name: string; description: string }[] = [
  { id: "quantity", name: "QuantityConflict", description: "Articles give figures for the same thing that cannot all be true." },
  { id: "date", name: "DateConflict", description: "Articles place the same event on dates that do not agree." },
  { id: "attribution", name: "AttributionConflict", description: "Articles credit the same statement or figure to different people." },
  { id: "quote", name: "QuoteConflict", description: "Articles quote the same statement in words that differ." },
  { id: "other", name: "OtherConflict", description: "Articles say things about the same subject that cannot both be true." },
];

const ROOT = "%SRCROOT%";

export function formatSarif(report: Report, errors: InputError[], opts: SarifOptions): string {
  const results = report.conflicts.map((conflict) => {
    const primary = disagreeingClaims(conflict)[0] ?? 0;
    const related = conflict.claims.map((claim, index) => ({ claim, index })).filter(({ index }) => index !== primary);
    return {
      ruleId: conflict.kind,
      ruleIndex: RULES.findIndex((r) => r.id === conflict.kind),
      level: conflict.severity === "warning" ? "warning" : "note",
      message: { text: `${sentence(conflict.message)} ${describeClaim(conflict, primary)}` },
      locations: conflict.claims.length ? [location(conflict.claims[primary])] : [],
      relatedLocations: related.map(({ claim }, n) => ({
        id: n + 1,
        ...location(claim),
        // The value alone ("~4,000", "the fire service"): the region already shows the words.
        message: { text: claim.value },
      })),
      // The engine's conflict id stays the same while the articles do, so services can track a finding across runs.
      partialFingerprints: { "corroborateConflictId/v1": conflict.id },
    };
  });

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "corroborate",
            version: opts.version,
            informationUri: HELP_BASE,
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              helpUri: `${HELP_BASE}#${rule.id}`,
              defaultConfiguration: { level: "warning" },
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: `${pathToFileURL(opts.cwd).href.replace(/\/?$/, "/")}` } },
        columnKind: "utf16CodeUnits",
        invocations: [
          {
            // The run itself succeeded even when some inputs were skipped; they are reported below.
            executionSuccessful: true,
            toolExecutionNotifications: errors.map((e) => ({
              level: "error",
              message: { text: `${e.path}: ${e.reason}` },
              locations: [{ physicalLocation: { artifactLocation: artifact(e.path) } }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
}

function location(claim: ReportConflict["claims"][number]) {
  const { start, end } = claim.range;
  return {
    physicalLocation: {
      artifactLocation: artifact(claim.path),
      region: {
        startLine: start.line + 1,
        startColumn: start.character + 1,
        endLine: end.line + 1,
        // SARIF's end column is the column just past the last character, as the 0-based end character is.
        endColumn: end.character + 1,
        snippet: { text: claim.text },
      },
    },
  };
}

/** A relative path as a URI reference: each segment percent-encoded, so spaces and "#" survive. */
function artifact(path: string) {
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: ROOT };
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
