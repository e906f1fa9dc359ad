/** The last segment of a URI or path: how a person names an article in a message. */
export function fileName(uri: string): string {
  const clean = uri.replace(/[?#].*$/, "");
  const i = Math.max(clean.lastIndexOf("/"), clean.lastIndexOf("\\"));
  try {
    return decodeURIComponent(clean.slice(i + 1));
  } catch {
    return clean.slice(i + 1);
  }
}
