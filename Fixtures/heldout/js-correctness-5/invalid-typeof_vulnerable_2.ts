// VS Code extension: read and validate the workspace settings.
import * as vscode from "vscode";

export interface FormatterSettings {
  lineWidth: number;
  rules: Record<string, unknown>;
}

export function readSettings(): FormatterSettings {
  const config = vscode.workspace.getConfiguration("tidyfmt");
  const lineWidth: unknown = config.get("lineWidth");
  const rules: unknown = config.get("rules");
  if (typeof lineWidth !== "integer") {  // expect: invalid-typeof
    throw new Error("tidyfmt.lineWidth must be a number");
  }
  if (typeof rules === "Object" && rules !== null) {  // expect: invalid-typeof
    return { lineWidth: Number(lineWidth), rules: rules as Record<string, unknown> };
  }
  return { lineWidth: Number(lineWidth), rules: {} };
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("tidyfmt.showSettings", () => vscode.window.showInformationMessage(JSON.stringify(readSettings()))),
  );
}
