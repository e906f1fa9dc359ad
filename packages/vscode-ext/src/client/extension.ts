/**
 * The VS Code side: starts the bundled language server over IPC and forwards one command. All the
 * analysis, the settings handling and the file scanning happen in the server, so that Neovim and
 * Emacs get the same behaviour from `corroborate-lsp`.
 */
import { commands, window, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { RESCAN_REQUEST, type RescanResult } from "../shared/requests.js";

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { pattern: "**/*.txt" },
    ],
    // The server pulls `corroborate.*` through workspace/configuration and registers its own file
    // watchers from the include globs, so nothing is synchronised from here.
  };
  client = new LanguageClient("corroborate", "Corroborate", serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand("corroborate.rescan", async () => {
      const result = await client?.sendRequest<RescanResult>(RESCAN_REQUEST);
      if (result) void window.showInformationMessage(`Corroborate: ${result.analysed} articles analysed, ${result.notAnalysed} not analysed.`);
    }),
  );
  await client.start();
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
