/** Escaping for text and attribute values: every string from an article passes through here. */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** ` name="value"` pairs, escaped; undefined values left out. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [k, v] of Object.entries(pairs)) if (v !== undefined) out += ` ${k}="${esc(String(v))}"`;
  return out;
}

/** A fragment id safe in HTML and CSS from an engine id. */
export function anchor(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
