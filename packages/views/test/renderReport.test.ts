// The renderer on hand-made view data: what reaches the page is escaped, states are spelt out, and
// links follow the face's choice.
import { describe, expect, it } from "vitest";
import type { CellClaim, Comparison } from "@proj/model";
import { renderArticle, renderReport } from "../src/index.js";

const hostile = `<script>alert("x")</script> & 'quoted'`;
const claim = (uri: string, value: string, line: number): CellClaim => ({
  claimId: `${uri}#quantity@0`,
  uri,
  path: uri.replace("file:///a/", ""),
  start: 0,
  end: value.length,
  range: { start: { line, character: 0 }, end: { line, character: value.length } },
  text: value,
  value,
});
const A = "file:///a/one.txt";
const B = "file:///a/two%20words.txt";
const C = "file:///a/three.txt";

const comparison: Comparison = {
  sources: [
    { uri: A, path: "one.txt", name: "one.txt", title: hostile, publisher: "Wire" },
    { uri: B, path: "two words.txt", name: "two words.txt" },
    { uri: C, path: "three.txt", name: "three.txt" },
  ],
  unmatched: 0,
  events: [
    {
      id: "event-1",
      title: hostile,
      sources: [0, 1, 2],
      conflicts: 1,
      rows: [
        {
          id: "row-1",
          kind: "quantity",
          subject: `number of ${hostile}`,
          state: "conflicts",
          conflictId: "quantity-1",
          cells: [
            { source: 0, state: "conflicts", claims: [claim(A, "~12,000", 4)], against: [1] },
            { source: 1, state: "conflicts", claims: [claim(B, hostile, 9)], against: [0] },
            { source: 2, state: "silent", claims: [], against: [] },
          ],
        },
      ],
      timeline: [],
      quotes: [
        {
          rowId: "row-2",
          subject: "words of a speaker",
          renderings: [
            { source: 0, claim: claim(A, "we held", 2), quote: "we held", parts: [{ op: "same", text: "we held" }], identical: true },
            {
              source: 1,
              claim: claim(B, "we kept", 3),
              quote: "we kept",
              parts: [{ op: "same", text: "we" }, { op: "removed", text: "held" }, { op: "added", text: "kept" }],
              identical: false,
            },
          ],
        },
      ],
    },
  ],
};

describe("renderReport", () => {
  const html = renderReport(comparison);

  it("escapes everything that comes from the articles", () => {
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;");
  });

  it("loads nothing: no external resource, no script unless the webview asks for one", () => {
    expect(html).not.toMatch(/<script|<link|\ssrc=|@import|url\(/i);
    expect(html).toMatch(/Content-Security-Policy" content="default-src 'none'/);
  });

  it("writes each cell's state as an icon and a word, not only a colour", () => {
    expect(html).toMatch(/<td class="cell s-conflicts">.*?✗<\/span> conflicts<span class="vs"> with B<\/span>/);
    expect(html).toMatch(/<td class="cell s-silent"><span class="st"><span class="ic" aria-hidden="true">–<\/span> not stated/);
  });

  it("links each value to its file and line by default", () => {
    expect(html).toContain(`href="file:///a/one.txt#L5"`);
    expect(html).toContain(`href="file:///a/two%20words.txt#L10"`);
  });

  it("marks word differences of quotes", () => {
    expect(html).toContain("we <del>held</del> <ins>kept</ins>");
  });

  it("takes the face's links, and in a webview posts the span to the host under a nonce", () => {
    const page = renderReport(comparison, { href: (t) => `/article?uri=${encodeURIComponent(t.uri)}`, postMessage: true, nonce: "abc123" });
    expect(page).toContain(`href="/article?uri=file%3A%2F%2F%2Fa%2Fone.txt"`);
    expect(page).toContain(`data-open="{&quot;uri&quot;:&quot;file:///a/one.txt&quot;,&quot;range&quot;:{&quot;start&quot;:{&quot;line&quot;:4,`);
    expect(page).toContain(`<script nonce="abc123">`);
    expect(page).toContain(`script-src 'nonce-abc123'`);
    expect(page).not.toContain("unsafe-inline");
  });
});

describe("renderArticle", () => {
  it("marks the span and escapes the text", () => {
    const text = `Head\n${hostile} then 12,000 men.`;
    const start = text.indexOf("12,000");
    const page = renderArticle({ title: "two.txt", text, start, end: start + 6 });
    expect(page).toContain(`then <mark id="span">12,000</mark> men.`);
    expect(page).not.toContain("<script>alert");
  });
});
