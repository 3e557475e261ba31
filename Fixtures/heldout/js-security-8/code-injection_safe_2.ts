// VS Code extension: "Transform selection" applies one of a fixed set of transforms.
import * as vscode from 'vscode';

const TRANSFORMS: Record<string, (text: string) => string> = {
  'Upper case': (t) => t.toUpperCase(),
  'Lower case': (t) => t.toLowerCase(),
  'Trim lines': (t) => t.split('\n').map((line) => line.trim()).join('\n'),
  'Sort lines': (t) => t.split('\n').sort().join('\n'),
};

export function activate(context: vscode.ExtensionContext): void {
  const command = vscode.commands.registerCommand('textkit.transform', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      return;
    }
    const picked = await vscode.window.showQuickPick(Object.keys(TRANSFORMS));
    const transform = picked ? TRANSFORMS[picked] : undefined;
    if (!transform) {
      return;
    }
    const selection = editor.document.getText(editor.selection);
    await editor.edit((edit) => edit.replace(editor.selection, transform(selection)));
  });
  context.subscriptions.push(command);
}
