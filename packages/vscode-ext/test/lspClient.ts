/**
 * A minimal LSP client for protocol tests: spawns the bundled server over stdio, answers the
 * requests a real editor answers (configuration, capability registration, progress creation), and
 * lets tests wait for a state of the published diagnostics instead of sleeping.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  CodeActionRequest,
  ConfigurationRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  InlayHintRefreshRequest,
  InlayHintRequest,
  ReferencesRequest,
  ShowDocumentRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type CodeAction,
  type Command,
  type Diagnostic,
  type DocumentSymbol,
  type InlayHint,
  type Location,
  type Range,
  type ShowDocumentParams,
  type SymbolInformation,
  type FileEvent,
  type Hover,
  type Position,
  type ProtocolConnection,
  type Registration,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from "vscode-languageserver-protocol/node";
import { URI } from "vscode-uri";
import { STATUS_NOTIFICATION } from "../src/shared/requests.js";

export const SERVER = fileURLToPath(new URL("../dist/server.js", import.meta.url));

export const uriOf = (path: string) => URI.file(path).toString();

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly registrations: Registration[] = [];
  readonly progress: ProgressValue[] = [];
  readonly logs: string[] = [];
  /** The custom status notifications and window/showMessage, in order. */
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  inlayHintRefreshes = 0;
  settings: Record<string, unknown> = {};
  private readonly listeners = new Set<() => void>();
  private exited: Promise<number | null> = Promise.resolve(null);

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(folders: string[], settings: Record<string, unknown> = {}, env: NodeJS.ProcessEnv = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    client.settings = settings;
    client.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    child.stderr!.on("data", (d: Buffer) => client.logs.push(d.toString()));

    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.changed();
    });
    connection.onNotification("window/logMessage", (p: { message: string }) => void client.logs.push(p.message));
    connection.onRequest(ConfigurationRequest.type, (p) => p.items.map((item) => (item.section === "corroborate" ? client.settings : null)));
    connection.onRequest(RegistrationRequest.type, (p) => {
      client.registrations.push(...p.registrations);
      client.changed();
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      client.inlayHintRefreshes++;
      client.changed();
    });
    connection.onRequest(ShowDocumentRequest.type, (p) => {
      client.shownDocuments.push(p);
      client.changed();
      return { success: true };
    });
    for (const method of ["window/showMessage", STATUS_NOTIFICATION]) {
      connection.onNotification(method, (params: unknown) => {
        client.notifications.push({ method, params });
        client.changed();
      });
    }
    connection.onRequest(WorkDoneProgressCreateRequest.type, (p) => {
      connection.onProgress(WorkDoneProgress.type, p.token, (value) => {
        client.progress.push(value);
        client.changed();
      });
    });
    connection.listen();

    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? uriOf(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uriOf(f), name: f })),
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          inlayHint: { refreshSupport: true },
          executeCommand: {},
        },
        window: { workDoneProgress: true, showDocument: { support: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ["markdown", "plaintext"] },
          inlayHint: {},
          references: {},
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private changed() {
    for (const l of [...this.listeners]) l();
  }

  /** Resolves with the value once `probe` returns something other than undefined, re-checking after every message. */
  waitFor<T>(what: string, probe: () => T | undefined, deadlineMs = 30_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          done();
          reject(error);
          return;
        }
        if (value !== undefined) {
          done();
          resolve(value);
        }
      };
      // a deadline, not a pause: it turns a hang into a failure that says what was awaited
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${what}; diagnostics: ${JSON.stringify([...this.diagnostics].map(([u, d]) => [u, d.map((x) => x.message)]))}`));
      }, deadlineMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Waits until the diagnostics published for `uri` satisfy `predicate`. */
  waitForDiagnostics(uri: string, what: string, predicate: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
    return this.waitFor(what, () => {
      const d = this.diagnostics.get(uri);
      return d && predicate(d) ? d : undefined;
    });
  }

  open(uri: string, text: string, version = 1) {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "plaintext", version, text } });
  }

  change(uri: string, text: string, version: number) {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string) {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  fileEvents(changes: FileEvent[]) {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** New settings, announced the way VS Code does it: a notification, then the server pulls them. */
  configure(settings: Record<string, unknown>) {
    this.settings = settings;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  references(uri: string, position: Position, includeDeclaration = true): Promise<Location[] | null> {
    return this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } });
  }

  codeActions(uri: string, diagnostic: Diagnostic): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  executeCommand(command: Command): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command: command.command, arguments: command.arguments });
  }

  /** The custom notifications of one method received so far. */
  notificationsOf<T>(method: string): T[] {
    return this.notifications.filter((n) => n.method === method).map((n) => n.params as T);
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  kill() {
    if (this.process.exitCode === null) this.process.kill();
  }
}
