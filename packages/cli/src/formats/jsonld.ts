/**
 * JSON-LD: the claims sources state in common as schema.org Claims with Web Annotation selectors, and
 * the conflicts in the project's vocabulary (docs/vocab/). Built by the engine, as the server's is.
 */
import { toJsonLd, type Corpus } from "@proj/model";

export function formatJsonLd(corpus: Corpus, opts: { pathOf: (uri: string) => string; ignore?: Set<string> }): string {
  return JSON.stringify(toJsonLd(corpus, opts), null, 2) + "\n";
}
