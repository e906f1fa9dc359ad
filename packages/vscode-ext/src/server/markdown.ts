/**
 * Text from articles shown inside markdown, always mid-line: only the characters that open inline
 * markup there are escaped, so that plain-text renderers (Neovim's floating windows) show few
 * backslashes. An underscore inside a word ("001_146c.txt") opens nothing in CommonMark.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]<>~]/g, "\\$&")
    .replace(/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, "\\_")
    .replace(/\s+/g, " ");
}

/** A link to a line of another file, in the form VS Code and most markdown hovers open (`#L14`). */
export function lineLink(label: string, uri: string, line: number): string {
  return `[${escapeMarkdown(label)}](${uri}#L${line + 1})`;
}
