// CodePal for VS Code: starts `codepal serve` over stdio with vscode-languageclient. Everything
// the server advertises (diagnostics, quick fixes, hover, code lenses, symbols, and completion,
// definition or rename once the server offers them) is wired by the client library itself;
// the server's executeCommand commands are registered as VS Code commands by it too.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

const LEARNING_REPORT = 'codepal.showLearningReport';
let client;

function createClient() {
  const config = vscode.workspace.getConfiguration('codepal');
  const args = ['serve'];
  if (config.get('logFile')) args.push('--log-file', config.get('logFile'));
  const serverOptions = { command: config.get('path') || 'codepal', args, transport: TransportKind.stdio };
  const clientOptions = {
    documentSelector: ['python', 'javascript', 'javascriptreact', 'typescript', 'typescriptreact', 'go', 'java', 'c', 'cpp', 'ruby', 'php', 'csharp', 'rust']
      .map((language) => ({ scheme: 'file', language })),
    initializationOptions: { diagnosticsIntervalMs: config.get('diagnosticsIntervalMs') },
    synchronize: {
      // The server re-reads its settings when told they changed.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.codepal.{toml,yml}'),
    },
    outputChannelName: 'CodePal',
  };
  return new LanguageClient('codepal', 'CodePal', serverOptions, clientOptions);
}

async function learningReport() {
  if (!client || !client.initializeResult) return;
  const commands = (client.initializeResult.capabilities.executeCommandProvider || {}).commands || [];
  if (!commands.includes(LEARNING_REPORT)) {
    vscode.window.showInformationMessage('This CodePal does not offer a learning report yet.');
    return;
  }
  const editor = vscode.window.activeTextEditor;
  const report = await client.sendRequest('workspace/executeCommand', {
    command: LEARNING_REPORT,
    arguments: editor ? [editor.document.uri.toString()] : [],
  });
  if (report === null || report === undefined) return;
  const content = typeof report === 'string' ? report : (report.markdown || JSON.stringify(report, null, 2));
  const document = await vscode.workspace.openTextDocument({ content, language: 'markdown' });
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

async function activate(context) {
  client = createClient();
  context.subscriptions.push(
    vscode.commands.registerCommand('codepal.learningReport', learningReport),
    vscode.commands.registerCommand('codepal.restart', async () => {
      if (client) await client.stop();
      client = createClient();
      await client.start();
    }),
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
