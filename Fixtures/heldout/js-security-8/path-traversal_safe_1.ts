// VS Code extension: opens a project template file chosen from a webview panel.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { promises as fs } from 'node:fs';

const TEMPLATES_DIR = path.join(__dirname, '..', 'templates');

async function readTemplate(name: string): Promise<string> {
  const available = await fs.readdir(TEMPLATES_DIR);
  if (!available.includes(name)) {
    throw new Error(`unknown template ${name}`);
  }
  return fs.readFile(path.join(TEMPLATES_DIR, name), 'utf8');
}

function insideWorkspace(root: string, target: string): string {
  const resolved = path.resolve(root, target);
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error('target outside the workspace');
  }
  return resolved;
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('scaffold.open', () => {
      const panel = vscode.window.createWebviewPanel('scaffold', 'Templates', vscode.ViewColumn.One, { enableScripts: true });
      panel.webview.html = '<script src="templates.js"></script>';
      panel.webview.onDidReceiveMessage(async (message: { command: string; name: string; target: string }) => {
        if (message.command !== 'use') {
          return;
        }
        const content = await readTemplate(message.name);
        const root = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '.';
        await fs.writeFile(insideWorkspace(root, message.target), content);
      });
    }),
  );
}
