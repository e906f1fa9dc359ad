/** The claim matrix of one event: its sources as columns, the things they state as rows. */
import type { EventView, MatrixCell, MatrixRow } from "@proj/model";
import { claimLink, letter, link, sourceName, truncate, type RenderContext } from "./context.js";
import { anchor, attrs, esc } from "./html.js";
import { ICON, stateWord } from "./states.js";

export function renderMatrix(ctx: RenderContext, event: EventView): string {
  const columns = new Map(event.sources.map((s, i) => [s, i]));
  const head = event.sources
    .map((s, i) => {
      const src = ctx.comparison.sources[s];
      const meta = [src.publisher, src.date?.slice(0, 10)].filter(Boolean).map((x) => esc(x!)).join(" · ");
      const name = link(ctx, { uri: src.uri, path: src.path }, esc(sourceName(ctx, s)), src.title);
      return `<th scope="col"><span class="col">${letter(i)}</span> ${name}${meta ? `<small>${meta}</small>` : ""}</th>`;
    })
    .join("");
  const body = event.rows.map((row) => renderRow(ctx, row, columns)).join("\n");
  const id = anchor("matrix", event.id);
  return `<div class="scroll" role="region" tabindex="0" aria-labelledby="${id}">
<table class="matrix"><caption id="${id}">What each source states (${event.rows.length} subjects, ${event.sources.length} sources)</caption>
<thead><tr><th scope="col">Subject</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}

function renderRow(ctx: RenderContext, row: MatrixRow, columns: Map<number, number>): string {
  const badge =
    row.state === "conflicts"
      ? `<span class="badge s-conflicts"><span aria-hidden="true">${ICON.conflicts}</span> ${row.kind === "quote" ? "worded differently" : "sources disagree"}</span>`
      : "";
  const reviewed = row.ignored ? ` <span class="badge reviewed">reviewed</span>` : "";
  const cells = row.cells.map((c) => renderCell(ctx, row, c, columns)).join("");
  return `<tr${attrs({ id: anchor("row", row.id), "data-state": row.state, "data-kind": row.kind, "data-conflict": row.conflictId })}><th scope="row">${esc(capital(row.subject))}${badge}${reviewed}</th>${cells}</tr>`;
}

function renderCell(ctx: RenderContext, row: MatrixRow, cell: MatrixCell, columns: Map<number, number>): string {
  const values = cell.claims
    .map((c) => claimLink(ctx, c, esc(row.kind === "quote" ? `“${truncate(c.value, 90)}”` : c.value)))
    .join(`<span class="sep">, </span>`);
  const against = cell.against.length ? `<span class="vs"> with ${cell.against.map((s) => letter(columns.get(s) ?? 0)).join(", ")}</span>` : "";
  const state = `<span class="st"><span class="ic" aria-hidden="true">${ICON[cell.state]}</span> ${stateWord(cell.state, row.kind)}${against}</span>`;
  return `<td class="cell s-${cell.state}">${values ? `<span class="val">${values}</span>` : ""}${state}</td>`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
