/**
 * Wires the Language Server Protocol to the Session. `vscode-languageserver` picks the transport
 * from the command line (--stdio, --node-ipc, --socket=N, --pipe=NAME).
 */
import { CodeActionKind, createConnection, DidChangeConfigurationNotification, ErrorCodes, MessageType, ResponseError, ShowMessageNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type InitializeParams, type WorkspaceFolder } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { COMPARE_REQUEST, IGNORE_CONFLICT_COMMAND, OPEN_LOCATION_COMMAND, REPORT_REQUEST, RESCAN_REQUEST, type IgnoreConflictArgs, type OpenLocationArgs } from "../shared/requests.js";
import { normalizeSettings, SETTINGS_SECTION, type CorroborateSettings } from "../shared/settings.js";
import type { Folder } from "./articleFiles.js";
import { Session } from "./session.js";
import { filePath, uriKey } from "./uris.js";

export function serve(version: string): void {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  let session: Session;
  let pullsConfiguration = false;
  let registersConfiguration = false;
  let followsFolders = false;
  let initialSettings: unknown;
  let folders: Folder[] = [];

  connection.onInitialize((params: InitializeParams) => {
    const caps = params.capabilities;
    pullsConfiguration = !!caps.workspace?.configuration;
    registersConfiguration = pullsConfiguration && !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    followsFolders = !!caps.workspace?.workspaceFolders;
    initialSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    session = new Session(connection, documents, {
      watchFiles: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      relativePatterns: !!caps.workspace?.didChangeWatchedFiles?.relativePatternSupport,
      refreshInlayHints: !!caps.workspace?.inlayHint?.refreshSupport,
      showDocument: !!caps.window?.showDocument?.support,
      hierarchicalSymbols: !!caps.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport,
    });
    folders = toFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        inlayHintProvider: true,
        referencesProvider: true,
        documentSymbolProvider: { label: "Corroborate" },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: [OPEN_LOCATION_COMMAND, IGNORE_CONFLICT_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "corroborate-lsp", version },
    };
  });

  connection.onInitialized(async () => {
    if (registersConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(() => undefined);
    }
    if (followsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((f) => uriKey(f.uri)));
        folders = [...folders.filter((f) => !removed.has(f.uri)), ...toFolders(event.added)];
        void session.setFolders(folders);
      });
    }
    await session.start(folders, await readSettings(initialSettings));
  });

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
    await session.configure(await readSettings(pushed));
  });

  /** Settings come from `workspace/configuration` when the client answers it, else from what it pushed. */
  async function readSettings(pushed: unknown): Promise<CorroborateSettings> {
    if (!pullsConfiguration) return normalizeSettings(pushed);
    try {
      return normalizeSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
    } catch (error) {
      connection.console.warn(`corroborate: could not read the settings (${(error as Error).message}); using what was sent`);
      return normalizeSettings(pushed);
    }
  }

  function toFolders(list: WorkspaceFolder[]): Folder[] {
    const out: Folder[] = [];
    for (const f of list) {
      const path = filePath(f.uri);
      if (path) out.push({ uri: uriKey(f.uri), path, name: f.name });
    }
    return out;
  }

  documents.onDidOpen((e) => session.opened(e.document.uri));
  documents.onDidChangeContent((e) => session.changed(e.document.uri));
  documents.onDidClose((e) => session.closed(e.document.uri));
  connection.onDidChangeWatchedFiles((params) => void session.watched(params.changes));
  connection.onHover((params) => session.hover(params.textDocument.uri, params.position));
  connection.languages.inlayHint.on((params) => session.inlayHints(params.textDocument.uri, params.range));
  connection.onDocumentSymbol((params) => session.documentSymbols(params.textDocument.uri));
  connection.onReferences((params) => session.references(params.textDocument.uri, params.position, params.context.includeDeclaration));
  connection.onCodeAction((params) => session.codeActions(params));
  connection.onExecuteCommand(async (params) => {
    const arg = params.arguments?.[0] as Record<string, unknown> | undefined;
    if (params.command === OPEN_LOCATION_COMMAND) {
      const { uri, range } = (arg ?? {}) as Partial<OpenLocationArgs>;
      if (typeof uri !== "string" || !range) throw new ResponseError(ErrorCodes.InvalidParams, `${OPEN_LOCATION_COMMAND} takes { uri, range }`);
      return (await connection.window.showDocument({ uri, selection: range, takeFocus: true })).success;
    }
    if (params.command === IGNORE_CONFLICT_COMMAND) {
      const { id, uri } = (arg ?? {}) as Partial<IgnoreConflictArgs>;
      if (typeof id !== "string" || typeof uri !== "string") throw new ResponseError(ErrorCodes.InvalidParams, `${IGNORE_CONFLICT_COMMAND} takes { id, uri }`);
      const result = await session.ignore({ id, uri });
      if (result && "error" in result) {
        const message = `Corroborate could not ignore the conflict: ${result.error}`;
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
        throw new ResponseError(ErrorCodes.InternalError, result.error);
      }
      return result;
    }
    throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
  });
  connection.onRequest(RESCAN_REQUEST, () => session.rescan());
  connection.onRequest(REPORT_REQUEST, () => session.report());
  connection.onRequest(COMPARE_REQUEST, () => session.compare());
  connection.onShutdown(() => session?.dispose());

  // A bug in one handler must not take the server down with every other document.
  process.on("uncaughtException", (error) => connection.console.error(`corroborate: ${error.stack ?? error.message}`));
  process.on("unhandledRejection", (error) => connection.console.error(`corroborate: ${(error as Error)?.stack ?? String(error)}`));

  documents.listen(connection);
  connection.listen();
}
