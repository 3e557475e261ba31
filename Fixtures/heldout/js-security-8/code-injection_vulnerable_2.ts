// VS Code extension: "Transform selection" runs a snippet the user typed in an input box.
import * as vscode from 'vscode';
import * as vm from 'node:vm';

interface SavedTransform {
  name: string;
  code: string;
}

function applyTransform(code: string, text: string): string {
  const sandbox = { text, result: '' };
  vm.runInThisContext(`(function (ctx) { ctx.result = (${code})(ctx.text); })`)(sandbox); // expect: code-injection
  return String(sandbox.result);
}

export function activate(context: vscode.ExtensionContext): void {
  const command = vscode.commands.registerCommand('textkit.transform', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return;
    }
    const saved = context.globalState.get<SavedTransform[]>('transforms', []);
    const picked = await vscode.window.showQuickPick([...saved.map((t) => t.name), 'Custom...']);
    const code = picked === 'Custom...'
      ? await vscode.window.showInputBox({ prompt: 'Function of text, e.g. t => t.toUpperCase()' })
      : saved.find((t) => t.name === picked)?.code;
    if (!code) {
      return;
    }
    const selection = editor.document.getText(editor.selection);
    await editor.edit((edit) => edit.replace(editor.selection, applyTransform(code, selection)));
  });
  context.subscriptions.push(command);
}
