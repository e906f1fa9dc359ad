/**
 * "Corroborate: Compare Sources": the language server's picture data rendered by @proj/views in a
 * webview beside the editor. A click on a value posts its span here, and the article opens with the
 * span selected. The page follows the editor's theme through VS Code's CSS variables.
 */
import { randomBytes } from "node:crypto";
import { Range, Uri, ViewColumn, window, type Disposable, type WebviewPanel } from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import type { Comparison } from "@proj/model";
import { renderReport } from "@proj/views";
import { COMPARE_REQUEST, type OpenSpanMessage } from "../shared/requests.js";

export class CompareView implements Disposable {
  private panel: WebviewPanel | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** Opens the view beside the active editor, or brings it forward, with fresh data. */
  async show(): Promise<void> {
    if (!this.panel) {
      this.panel = window.createWebviewPanel("corroborate.compare", "Compare Sources", { viewColumn: ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: true,
        // the page loads nothing: no local file or remote resource is allowed
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((m: OpenSpanMessage) => void this.open(m));
    } else this.panel.reveal(undefined, false);
    await this.refresh();
  }

  /** Re-renders with the server's current data, when the view is open (after each analysis). */
  async refresh(): Promise<void> {
    const panel = this.panel;
    const client = this.client();
    if (!panel || !client) return;
    const data = await client.sendRequest<Comparison | undefined>(COMPARE_REQUEST);
    if (!data || this.panel !== panel) return;
    panel.webview.html = renderReport(data, { title: "Compare Sources", postMessage: true, nonce: randomBytes(16).toString("base64") });
  }

  private async open(m: OpenSpanMessage): Promise<void> {
    if (m?.command !== "open" || typeof m.uri !== "string" || !m.range) return;
    const { start, end } = m.range;
    // the article goes to the editor group the view was opened beside
    const column = this.panel?.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One;
    await window.showTextDocument(Uri.parse(m.uri), { selection: new Range(start.line, start.character, end.line, end.character), viewColumn: column });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
