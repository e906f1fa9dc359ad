/** The pictures' data as the client must see it: documents under the uris the client knows them by. */
import type { Comparison } from "@proj/model";

export function withClientUris(comparison: Comparison, clientUri: (key: string) => string): Comparison {
  const uris = new Map(comparison.sources.map((s) => [s.uri, clientUri(s.uri)]));
  if ([...uris].every(([key, uri]) => key === uri)) return comparison;
  // every `uri` field in the data (sources, cells, lanes, renderings) names one of the sources
  return JSON.parse(JSON.stringify(comparison), (field, value) => (field === "uri" && typeof value === "string" ? (uris.get(value) ?? value) : value));
}
