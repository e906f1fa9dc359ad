/** The timeline of an event's resolved dates; where sources disagree, their dates stand side by side. */
import type { EventView } from "@proj/model";
import { claimLink, letter, sourceName, type RenderContext } from "./context.js";
import { esc } from "./html.js";
import { ICON, stateWord } from "./states.js";

export function renderTimeline(ctx: RenderContext, event: EventView): string {
  if (!event.timeline.length) return `<p class="none">No resolved dates.</p>`;
  const columns = new Map(event.sources.map((s, i) => [s, i]));
  const items = event.timeline.map((entry) => {
    const lanes = entry.lanes
      .map((lane) => {
        const who = lane.sources.map((s) => `${letter(columns.get(s) ?? 0)} ${esc(sourceName(ctx, s))}`).join(", ");
        const where = lane.claims.map((c) => claimLink(ctx, c, esc(c.text))).join(", ");
        const state =
          lane.state === "silent"
            ? ""
            : `<span class="st"><span class="ic" aria-hidden="true">${ICON[lane.state]}</span> ${stateWord(lane.state, "date")}</span>`;
        return `<div class="lane s-${lane.state}"><time datetime="${esc(lane.start)}">${esc(lane.display)}</time>${state}<span class="who">${who}</span><span class="where">${where}</span></div>`;
      })
      .join("");
    const flag = entry.disagrees ? ` <span class="badge s-conflicts"><span aria-hidden="true">${ICON.conflicts}</span> sources disagree</span>` : "";
    return `<li class="${entry.disagrees ? "disagrees" : ""}"><span class="what">${esc(entry.label)}</span>${flag}<div class="lanes">${lanes}</div></li>`;
  });
  return `<ol class="timeline">${items.join("\n")}</ol>`;
}
