import { DidChangeWatchedFilesNotification, WatchKind, type Connection, type Disposable, type FileSystemWatcher, type GlobPattern } from "vscode-languageserver";
import type { Folder } from "./articleFiles.js";
import { IGNORE_FILE } from "./ignoreFile.js";

/**
 * Asks the client to report file events: the include globs for articles, and creations and
 * deletions of anything, because a folder moved in or deleted arrives as one event for the folder,
 * not one per article inside it; and each folder's `.corroborate/ignore.json`. Relative patterns keep the globs relative to each folder, as the
 * settings mean them; older clients get the globs as given.
 */
export async function registerWatchers(connection: Connection, folders: Folder[], include: string[], relativePatterns: boolean): Promise<Disposable> {
  const patterns = (glob: string): GlobPattern[] => (relativePatterns ? folders.map((f) => ({ baseUri: f.uri, pattern: glob })) : [glob]);
  const watchers: FileSystemWatcher[] = [
    ...include.flatMap(patterns).map((globPattern) => ({ globPattern })),
    ...patterns("**/*").map((globPattern) => ({ globPattern, kind: WatchKind.Create | WatchKind.Delete })),
    ...(relativePatterns ? patterns(IGNORE_FILE) : [`**/${IGNORE_FILE}`]).map((globPattern) => ({ globPattern })),
  ];
  return connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
}
