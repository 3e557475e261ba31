// VS Code extension: read and validate the workspace settings.
import * as vscode from "vscode";

export interface FormatterSettings {
  lineWidth: number;
  rules: Record<string, unknown>;
}

const expectedTypes: Record<string, string> = { lineWidth: "number", rules: "object" };

export function readSettings(): FormatterSettings {
  const config = vscode.workspace.getConfiguration("tidyfmt");
  const lineWidth: unknown = config.get("lineWidth");
  const rules: unknown = config.get("rules");
  if (typeof lineWidth !== "number" || !Number.isInteger(lineWidth)) {
    throw new Error("tidyfmt.lineWidth must be an integer");
  }
  if (typeof rules !== expectedTypes.rules || rules === null) {
    return { lineWidth, rules: {} };
  }
  return { lineWidth, rules: rules as Record<string, unknown> };
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand("tidyfmt.showSettings", () => vscode.window.showInformationMessage(JSON.stringify(readSettings()))),
  );
}
