const memo = new Map<string, string>();

/** The last segment of a URI or path: how a person names an article in a message. */
export function fileName(uri: string): string {
  // asked for every relation and message: remembered, within bounds
  const hit = memo.get(uri);
  if (hit !== undefined) return hit;
  const name = nameOf(uri);
  if (memo.size > 20000) memo.clear();
  memo.set(uri, name);
  return name;
}

function nameOf(uri: string): string {
  const clean = uri.replace(/[?#].*$/, "");
  const i = Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\"));
  try {
    return decodeURIComponent(clean.slice(i + 1));
  } catch {
    return clean.slice(i + 1);
  }
}
