import { URI } from "vscode-uri";

/**
 * Documents are keyed by one spelling of their URI. Clients percent-encode differently (VS Code
 * writes "%28" where Neovim and Node write "("); without one spelling, a file read from disk and the
 * same file opened in the editor would be two articles that agree with each other.
 */
export function uriKey(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function fileUri(path: string): string {
  return URI.file(path).toString();
}

/** The file-system path of a file: URI; undefined for other schemes (untitled documents). */
export function filePath(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === "file" ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}
