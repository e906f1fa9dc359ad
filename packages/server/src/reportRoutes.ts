/**
 * The pictures and the open format of the stored corpus over plain HTTP, built by the same engine
 * and renderer as `corroborate report` and `corroborate check --format jsonld`:
 *   GET /report                the HTML report (claim matrix, timeline, quotes)
 *   GET /report/article        ?uri=…[&start=…&end=…]: one stored article, the span marked
 *   GET /report.jsonld         the claims, articles and conflicts as JSON-LD
 *   GET /vocab/context.jsonld  the JSON-LD context those use
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { compareSources, fileName, JSONLD_CONTEXT, toJsonLd } from "@proj/model";
import { renderArticle, renderReport, type LinkTarget } from "@proj/views";
import type { App } from "./app.js";

export const REPORT_PATH = "/report";

/** A link from the report to the article page, scrolled to the span. */
function articleHref(t: LinkTarget): string {
  const span = t.start !== undefined && t.end !== undefined ? `&start=${t.start}&end=${t.end}#span` : "";
  return `${REPORT_PATH}/article?uri=${encodeURIComponent(t.uri)}${span}`;
}

/** Answers the report's routes; false when the request is for another path. */
export function handleReportRoute(app: App, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = new URL(req.url ?? "/", "http://localhost");
  const pathOf = (uri: string) => app.source(uri)?.title ?? fileName(uri);
  switch (url.pathname) {
    case REPORT_PATH: {
      const html = renderReport(compareSources(app.corpus, { pathOf }), {
        title: "Corroborate: where the stored articles disagree",
        href: articleHref,
        headerHtml: `<p><a href="/graphql">GraphQL playground</a> · <a href="/report.jsonld">these findings as JSON-LD</a></p>`,
      });
      send(res, req, 200, "text/html; charset=utf-8", html);
      return true;
    }
    case `${REPORT_PATH}/article`: {
      const uri = url.searchParams.get("uri") ?? "";
      const text = app.corpus.text(uri);
      if (text === undefined) {
        send(res, req, 404, "text/plain; charset=utf-8", "No stored article has this uri.\n");
        return true;
      }
      const [start, end] = ["start", "end"].map((k) => (url.searchParams.has(k) ? Number(url.searchParams.get(k)) : undefined));
      const html = renderArticle({ title: pathOf(uri), text, start, end, back: { href: REPORT_PATH, label: "Back to the report" } });
      send(res, req, 200, "text/html; charset=utf-8", html);
      return true;
    }
    case `${REPORT_PATH}.jsonld`:
      send(res, req, 200, "application/ld+json; charset=utf-8", JSON.stringify(toJsonLd(app.corpus, { pathOf }), null, 2));
      return true;
    case "/vocab/context.jsonld":
      send(res, req, 200, "application/ld+json; charset=utf-8", JSON.stringify(JSONLD_CONTEXT, null, 2));
      return true;
    default:
      return false;
  }
}

function send(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: string) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body), "x-content-type-options": "nosniff" });
  res.end(req.method === "HEAD" ? undefined : body);
}
