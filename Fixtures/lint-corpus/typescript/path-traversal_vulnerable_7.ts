// Editor extension: the webview page posts the snippet it wants saved and where.
import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';

export function activate(context: vscode.ExtensionContext): void {
  const panel = vscode.window.createWebviewPanel('snippets', 'Snippets', vscode.ViewColumn.One, { enableScripts: true });
  panel.webview.onDidReceiveMessage(async (message: { file: string; body: string }) => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '.';
    await fs.writeFile(root + '/snippets/' + message.file, message.body); // expect: path-traversal
  });
  context.subscriptions.push(panel);
}
