// Drives editors/monaco/codepal-client.js under Node (with --experimental-websocket) against a
// stand-in for Monaco's API, to check that the client reconnects and re-opens its documents.
//   node --experimental-websocket monaco-reconnect.js CLIENT_JS URL
// Prints `connected`, waits for `edit` on stdin (the test has stopped the server meanwhile), edits
// the document while disconnected, and prints `recovered CODES` once diagnostics of the edited
// text arrive from the server the client reconnected to.
'use strict';
const [clientPath, url] = process.argv.slice(2);
const { CodePalClient } = require(clientPath);

const disposable = () => ({ dispose() {} });
const monaco = {
  MarkerSeverity: { Error: 8, Warning: 4, Info: 2, Hint: 1 },
  Uri: { parse: (text) => ({ toString: () => text }) },
  Range: class { constructor(a, b, c, d) { Object.assign(this, { a, b, c, d }); } },
  Emitter: class {
    constructor() { this.listeners = []; }
    get event() { return (listener) => { this.listeners.push(listener); return disposable(); }; }
    fire(value) { for (const listener of this.listeners) listener(value); }
    dispose() {}
  },
  editor: { setModelMarkers() {}, registerCommand: disposable },
  languages: new Proxy({ CompletionItemKind: {}, CompletionItemInsertTextRule: {}, CompletionItemTag: {} }, {
    get: (target, name) => (name in target ? target[name] : disposable),
  }),
};

let text = 'import yaml\n\ndef load(stream):\n    return yaml.safe_load(stream)\n';
let version = 1;
const changeListeners = [];
const model = {
  uri: { path: '/class/app.py', toString: () => 'file:///class/app.py' },
  getLanguageId: () => 'python',
  getVersionId: () => version,
  getValue: () => text,
  onDidChangeContent: (listener) => { changeListeners.push(listener); return disposable(); },
  onWillDispose: disposable,
};

const client = CodePalClient.connect(monaco, { url, reconnectDelayMs: 100, maxReconnectDelayMs: 1000,
                                               initializationOptions: { diagnosticsIntervalMs: 0 } });
let phase = 'first';
client.on('state', (s) => process.stderr.write(`state ${s.state}${s.delayMs ? ' ' + s.delayMs + ' ms' : ''}\n`));
client.on('diagnostics', (d) => {
  const codes = d.diagnostics.map((x) => x.code);
  if (phase === 'first') {
    phase = 'waiting';
    console.log('connected');
  } else if (phase === 'edited' && codes.includes('py/yaml-unsafe-load')) {
    console.log('recovered ' + codes.join(','));
    process.exit(0);
  }
});
client.ready.then(() => client.open(model));

process.stdin.on('data', (data) => {
  if (!String(data).includes('edit')) return;
  // Typed while no server is there: not sent now, and in the text re-opened on reconnection.
  text = text.replace('safe_load', 'load');
  version += 1;
  phase = 'edited';
  for (const listener of changeListeners) {
    listener({ versionId: version, isFlush: true, changes: [] });
  }
  console.log('edited');
});
setTimeout(() => { console.log('timeout'); process.exit(1); }, 60000);
