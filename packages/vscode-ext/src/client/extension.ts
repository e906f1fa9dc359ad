/**
 * The VS Code side: starts the bundled language server over IPC, forwards one command, opens the
 * locations of the "Open … at the conflicting claim" code actions itself, shows the server's
 * status in a language status item, and shows the server's pictures in a webview (compareView.ts). All the analysis, the settings handling and the file scanning
 * happen in the server, so that Neovim and Emacs get the same behaviour from `corroborate-lsp`.
 */
import { commands, languages, LanguageStatusSeverity, Range, Uri, window, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { CompareView } from "./compareView.js";
import { COMPARE_COMMAND, OPEN_LOCATION_COMMAND, RESCAN_REQUEST, STATUS_NOTIFICATION, type OpenLocationArgs, type RescanResult, type StatusParams } from "../shared/requests.js";

let client: LanguageClient | undefined;

const DOCUMENT_SELECTOR = [
  { scheme: "file", language: "plaintext" },
  { pattern: "**/*.txt" },
];

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server pulls `corroborate.*` through workspace/configuration and registers its own file
    // watchers from the include globs, so nothing is synchronised from here.
    middleware: {
      // The server answers this command with window/showDocument for every editor; here it is
      // done in place, without the round trip.
      executeCommand: async (command, args, next) => {
        if (command !== OPEN_LOCATION_COMMAND) return next(command, args);
        const { uri, range } = args[0] as OpenLocationArgs;
        const selection = new Range(range.start.line, range.start.character, range.end.line, range.end.character);
        await window.showTextDocument(Uri.parse(uri), { selection });
        return true;
      },
    },
  };
  client = new LanguageClient("corroborate", "Corroborate", serverOptions, clientOptions);

  const status = languages.createLanguageStatusItem("corroborate.status", DOCUMENT_SELECTOR);
  status.name = "Corroborate";
  status.text = "$(loading~spin) Corroborate";
  status.busy = true;
  status.command = { command: "corroborate.rescan", title: "Re-scan", tooltip: "Read the workspace's articles again" };

  const compare = new CompareView(() => client);
  context.subscriptions.push(
    status,
    compare,
    commands.registerCommand(COMPARE_COMMAND, () => compare.show()),
    commands.registerCommand("corroborate.rescan", async () => {
      const result = await client?.sendRequest<RescanResult>(RESCAN_REQUEST);
      if (result) void window.showInformationMessage(`Corroborate: ${result.analysed} articles analysed, ${result.notAnalysed} not analysed.`);
    }),
    client.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => {
      status.busy = false;
      void compare.refresh();
      if (!p.enabled) {
        status.text = "Corroborate: off";
        status.detail = "corroborate.enable is false";
        status.severity = LanguageStatusSeverity.Information;
        return;
      }
      const articles = `${p.analysed} article${p.analysed === 1 ? "" : "s"}`;
      const conflicts = `${p.conflicts} conflict${p.conflicts === 1 ? "" : "s"}`;
      status.text = `${articles}, ${conflicts}`;
      const extra = [p.notAnalysed ? `${p.notAnalysed} not analysed` : "", p.ignored ? `${p.ignored} ignored` : ""].filter(Boolean);
      status.detail = `${extra.length ? extra.join(", ") + "; " : ""}analysed in ${p.ms} ms`;
      status.severity = p.notAnalysed ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
    }),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
