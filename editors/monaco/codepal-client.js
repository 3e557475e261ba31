/*
 * CodePal client for Monaco: LSP 3.17 over a WebSocket (one JSON-RPC message per WebSocket
 * message), written against Monaco's public API only. No build step: an AMD module when loaded
 * through Monaco's loader, `window.CodePalClient` otherwise.
 *
 *   const client = CodePalClient.connect(monaco, { url: 'ws://127.0.0.1:7998/?token=...' });
 *   await client.ready;
 *   client.open(model);          // didOpen now, incremental didChange on every edit
 *
 * Positions: Monaco counts UTF-16 code units from 1, LSP from 0 in the negotiated encoding, so
 * the client offers only 'utf-16' and converts by subtracting one.
 */
(function (root, factory) {
  if (typeof define === 'function' && define.amd) define([], factory);
  else root.CodePalClient = factory();
})(this, function () {
  'use strict';

  const OWNER = 'codepal';
  const COMMAND = 'codepal.lsp.executeCommand';
  const LEARNING_REPORT = 'codepal.showLearningReport';
  // LSP language ids for Monaco's; .jsx/.tsx files get the React variants.
  const LANGUAGES = ['python', 'javascript', 'typescript', 'go', 'java', 'c', 'cpp', 'ruby', 'php', 'csharp', 'rust'];

  function lspLanguageId(model) {
    const path = model.uri.path.toLowerCase();
    if (path.endsWith('.jsx')) return 'javascriptreact';
    if (path.endsWith('.tsx')) return 'typescriptreact';
    return model.getLanguageId();
  }

  // MARK: JSON-RPC over WebSocket

  class Connection {
    constructor(url) {
      this.socket = new WebSocket(url);
      this.nextId = 1;
      this.pending = new Map();
      this.notificationHandlers = new Map();
      this.requestHandlers = new Map();
      this.onClose = () => {};
      this.opened = new Promise((resolve, reject) => {
        this.socket.onopen = () => resolve();
        this.socket.onerror = () => reject(new Error('cannot connect to ' + url.replace(/token=[^&]*/, 'token=…')));
      });
      this.socket.onmessage = (event) => this.dispatch(event.data);
      this.socket.onclose = (event) => {
        for (const { reject } of this.pending.values()) reject(new Error('connection closed'));
        this.pending.clear();
        this.onClose(event);
      };
    }

    get isOpen() { return this.socket.readyState === WebSocket.OPEN; }

    send(message) {
      if (this.isOpen) this.socket.send(JSON.stringify(message));
    }

    request(method, params) {
      const id = this.nextId++;
      return new Promise((resolve, reject) => {
        if (!this.isOpen) return reject(new Error('not connected'));
        this.pending.set(id, { resolve, reject, method });
        this.send({ jsonrpc: '2.0', id, method, params });
      });
    }

    /** A request that Monaco may cancel: `$/cancelRequest` goes out when the token fires. */
    cancellableRequest(method, params, token) {
      const id = this.nextId;
      const promise = this.request(method, params);
      if (token) token.onCancellationRequested(() => {
        if (this.pending.has(id)) this.send({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } });
      });
      return promise;
    }

    notify(method, params) {
      this.send({ jsonrpc: '2.0', method, params });
    }

    close() { this.socket.close(1000); }

    async dispatch(data) {
      let message;
      try { message = JSON.parse(data); } catch (e) { console.warn('codepal: unparseable message', data); return; }
      if (message.method === undefined) {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.error && message.error.code === -32800) {
          // Cancelled on Monaco's request: it has stopped waiting, an empty answer is fine.
          pending.resolve(null);
        } else if (message.error) {
          const error = new Error(pending.method + ': ' + message.error.message);
          error.code = message.error.code;
          pending.reject(error);
        } else {
          pending.resolve(message.result);
        }
      } else if (message.id !== undefined) {
        const handler = this.requestHandlers.get(message.method);
        try {
          const result = handler ? await handler(message.params) : null;
          if (!handler) console.debug('codepal: answering null to', message.method);
          this.send({ jsonrpc: '2.0', id: message.id, result: result === undefined ? null : result });
        } catch (e) {
          this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(e) } });
        }
      } else {
        const handler = this.notificationHandlers.get(message.method);
        if (handler) handler(message.params);
      }
    }
  }

  // MARK: Conversions

  function toPosition(position) {
    return { line: position.lineNumber - 1, character: position.column - 1 };
  }

  function toRange(range) {
    return {
      start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
      end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
    };
  }

  function fromRange(monaco, range) {
    return new monaco.Range(range.start.line + 1, range.start.character + 1, range.end.line + 1, range.end.character + 1);
  }

  function markdown(contents) {
    if (contents === null || contents === undefined) return [];
    if (Array.isArray(contents)) return contents.flatMap(markdown);
    if (typeof contents === 'string') return [{ value: contents }];
    if (contents.kind === 'markdown') return [{ value: contents.value, isTrusted: false }];
    if (contents.kind === 'plaintext') return [{ value: contents.value.replace(/[\\`*_{}\[\]()#+\-.!<>]/g, '\\$&') }];
    if (contents.language !== undefined) return [{ value: '```' + contents.language + '\n' + contents.value + '\n```' }];
    return [];
  }

  const SEVERITY = (monaco) => ({
    1: monaco.MarkerSeverity.Error,
    2: monaco.MarkerSeverity.Warning,
    3: monaco.MarkerSeverity.Info,
    4: monaco.MarkerSeverity.Hint,
  });

  // LSP CompletionItemKind (1-based) by name, to Monaco's enum of the same names.
  const COMPLETION_KINDS = [null, 'Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface',
    'Module', 'Property', 'Unit', 'Value', 'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder',
    'EnumMember', 'Constant', 'Struct', 'Event', 'Operator', 'TypeParameter'];

  // MARK: The client

  class Client {
    constructor(monaco, options) {
      this.monaco = monaco;
      this.options = options;
      this.models = new Map(); // uri -> { model, listeners }
      this.diagnostics = new Map(); // uri -> LSP diagnostics as last published
      this.capabilities = {};
      this.providers = [];
      this.listeners = { message: [], diagnostics: [], state: [] };
      // Latency seen from the page: change sent -> diagnostics published for that version, and
      // completion request -> answer. Read by the browser test.
      this.stats = { diagnostics: [], completion: [] };
      this.changeSentAt = new Map(); // `${uri}#${version}` -> performance.now()
      // Reconnection: after a close the client didn't ask for (the instance died, a load
      // balancer moved it, a rate limit closed it), it connects again after a delay that doubles
      // each failed attempt (options.reconnectDelayMs, 250 ms, up to maxReconnectDelayMs, 10 s,
      // with jitter so that a class doesn't come back all at once) and re-opens every document
      // with its current text: edits made meanwhile are in that text, so nothing is lost.
      this.attempts = 0;
      this.stopping = false;
      this.reconnectTimer = null;
      this.begin();
    }

    /** Starts a session; a failure to connect is retried like a lost connection. */
    begin() {
      this.ready = this.start();
      this.ready.catch((e) => {
        this.emit('state', { state: 'failed', error: String(e) });
        // Not every WebSocket fires `close` after a refused connection (Node's does not).
        if (!this.stopping && this.options.reconnect !== false) this.scheduleReconnect();
      });
      return this.ready;
    }

    on(event, callback) { this.listeners[event].push(callback); }

    emit(event, value) { for (const callback of this.listeners[event]) callback(value); }

    async start() {
      const monaco = this.monaco;
      this.emit('state', { state: 'connecting' });
      const connection = new Connection(this.options.url);
      this.connection = connection;
      connection.onClose = (event) => {
        if (connection !== this.connection) return;
        this.emit('state', { state: 'closed', code: event.code, reason: event.reason });
        this.disposeProviders();
        if (!this.stopping && this.options.reconnect !== false) this.scheduleReconnect();
      };
      this.installHandlers(connection);
      await connection.opened;
      const result = await connection.request('initialize', {
        processId: null,
        clientInfo: { name: 'codepal-monaco', version: '1' },
        rootUri: this.options.rootUri || null,
        workspaceFolders: this.options.rootUri ? [{ uri: this.options.rootUri, name: 'workspace' }] : null,
        initializationOptions: this.options.initializationOptions || {},
        capabilities: {
          general: { positionEncodings: ['utf-16'] },
          workspace: {
            applyEdit: true,
            workspaceEdit: { documentChanges: true },
            executeCommand: { dynamicRegistration: false },
            configuration: false,
          },
          window: { showMessage: {}, workDoneProgress: false },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
            publishDiagnostics: { versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, relatedInformation: true },
            completion: {
              completionItem: {
                snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], deprecatedSupport: true,
                insertReplaceSupport: true, labelDetailsSupport: true,
              },
              contextSupport: true,
            },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            signatureHelp: { signatureInformation: { documentationFormat: ['markdown', 'plaintext'], parameterInformation: { labelOffsetSupport: true } } },
            definition: { linkSupport: true },
            references: {},
            documentHighlight: {},
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            codeAction: {
              codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
              isPreferredSupport: true,
            },
            codeLens: {},
            rename: { prepareSupport: true },
          },
        },
      });
      this.capabilities = result.capabilities || {};
      const encoding = this.capabilities.positionEncoding || 'utf-16';
      if (encoding !== 'utf-16') throw new Error('server chose position encoding ' + encoding + '; Monaco needs utf-16');
      this.serverInfo = result.serverInfo || {};
      connection.notify('initialized', {});
      this.registerProviders();
      for (const { model } of this.models.values()) this.sendOpen(model);
      this.attempts = 0;
      this.emit('state', { state: 'ready', capabilities: this.capabilities, serverInfo: this.serverInfo });
      return this;
    }

    /** Connects again after the socket closed, reopening every document. */
    reconnect() {
      if (this.reconnectTimer) {
        clearTimeout(this.reconnectTimer);
        this.reconnectTimer = null;
      }
      this.disposeProviders();
      return this.begin();
    }

    scheduleReconnect() {
      if (this.reconnectTimer) return;
      const base = this.options.reconnectDelayMs || 250;
      const most = this.options.maxReconnectDelayMs || 10000;
      const delay = Math.min(most, base * 2 ** this.attempts) * (0.5 + Math.random() / 2);
      this.attempts += 1;
      this.emit('state', { state: 'reconnecting', attempt: this.attempts, delayMs: Math.round(delay) });
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = null;
        this.reconnect().catch(() => {});
      }, delay);
    }

    async stop() {
      this.stopping = true;
      if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
      try {
        await this.connection.request('shutdown', null);
        this.connection.notify('exit', null);
      } finally {
        this.connection.close();
      }
    }

    installHandlers(connection) {
      const monaco = this.monaco;
      connection.notificationHandlers.set('textDocument/publishDiagnostics', (params) => this.showDiagnostics(params));
      connection.notificationHandlers.set('window/showMessage', (params) => this.emit('message', params));
      connection.notificationHandlers.set('window/logMessage', (params) => console.log('codepal:', params.message));
      connection.requestHandlers.set('workspace/applyEdit', (params) => ({ applied: this.applyWorkspaceEdit(params.edit) }));
      connection.requestHandlers.set('window/showMessageRequest', (params) => { this.emit('message', params); return null; });
      connection.requestHandlers.set('workspace/configuration', (params) => (params.items || []).map(() => null));
      connection.requestHandlers.set('client/registerCapability', () => null);
      connection.requestHandlers.set('client/unregisterCapability', () => null);
      connection.requestHandlers.set('window/workDoneProgress/create', () => null);
      connection.requestHandlers.set('workspace/codeLens/refresh', () => { this.codeLensChanged && this.codeLensChanged.fire(); return null; });
      connection.requestHandlers.set('workspace/diagnostic/refresh', () => null);
    }

    // MARK: Documents

    open(model) {
      const uri = model.uri.toString();
      if (this.models.has(uri)) return;
      const listeners = [
        model.onDidChangeContent((event) => this.sendChange(model, event)),
        model.onWillDispose(() => this.close(model)),
      ];
      this.models.set(uri, { model, listeners });
      if (this.connection && this.connection.isOpen && this.capabilities.textDocumentSync) this.sendOpen(model);
    }

    close(model) {
      const uri = model.uri.toString();
      const entry = this.models.get(uri);
      if (!entry) return;
      entry.listeners.forEach((l) => l.dispose());
      this.models.delete(uri);
      this.diagnostics.delete(uri);
      this.monaco.editor.setModelMarkers(model, OWNER, []);
      if (this.connection.isOpen) this.connection.notify('textDocument/didClose', { textDocument: { uri } });
    }

    sendOpen(model) {
      this.connection.notify('textDocument/didOpen', {
        textDocument: { uri: model.uri.toString(), languageId: lspLanguageId(model), version: model.getVersionId(), text: model.getValue() },
      });
    }

    sendChange(model, event) {
      if (!this.connection.isOpen) return;
      const uri = model.uri.toString();
      const sync = this.capabilities.textDocumentSync;
      const kind = typeof sync === 'number' ? sync : (sync && sync.change) || 0;
      if (kind === 0) return;
      let contentChanges;
      if (kind === 1 || event.isFlush) {
        contentChanges = [{ text: model.getValue() }];
      } else {
        // Monaco reports the changes of one event against the text before it; applied from the
        // end of the document backwards, each stays valid for the LSP's sequential application.
        contentChanges = event.changes.slice().sort((a, b) => b.rangeOffset - a.rangeOffset)
          .map((change) => ({ range: toRange(change.range), rangeLength: change.rangeLength, text: change.text }));
      }
      this.changeSentAt.set(uri + '#' + event.versionId, performance.now());
      this.connection.notify('textDocument/didChange', { textDocument: { uri, version: event.versionId }, contentChanges });
    }

    // MARK: Diagnostics

    showDiagnostics(params) {
      const entry = this.models.get(params.uri);
      if (!entry) return;
      const model = entry.model;
      // Applied even when Monaco has moved on (a newer publication follows): markers track edits.
      this.recordDiagnosticsLatency(params);
      const severity = SEVERITY(this.monaco);
      this.diagnostics.set(params.uri, params.diagnostics);
      const markers = params.diagnostics.map((d) => ({
        severity: severity[d.severity || 1],
        message: d.message,
        source: d.source,
        code: d.codeDescription ? { value: String(d.code), target: this.monaco.Uri.parse(d.codeDescription.href) } : (d.code === undefined ? undefined : String(d.code)),
        startLineNumber: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLineNumber: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        tags: (d.tags || []).filter((t) => t === 1 || t === 2),
        relatedInformation: (d.relatedInformation || []).map((r) => ({
          resource: this.monaco.Uri.parse(r.location.uri), message: r.message,
          startLineNumber: r.location.range.start.line + 1, startColumn: r.location.range.start.character + 1,
          endLineNumber: r.location.range.end.line + 1, endColumn: r.location.range.end.character + 1,
        })),
      }));
      this.monaco.editor.setModelMarkers(model, OWNER, markers);
      this.emit('diagnostics', { uri: params.uri, version: params.version, diagnostics: params.diagnostics });
    }

    recordDiagnosticsLatency(params) {
      if (params.version === undefined || params.version === null) return;
      const key = params.uri + '#' + params.version;
      const sentAt = this.changeSentAt.get(key);
      if (sentAt === undefined) return;
      this.stats.diagnostics.push({
        version: params.version, ms: performance.now() - sentAt,
        findings: params.diagnostics.map((d) => [d.code === undefined ? null : d.code, d.range.start.line]),
      });
    }

    /** The LSP diagnostics behind Monaco markers, for a code action request's context. */
    diagnosticsFor(uri, markers, range) {
      const all = this.diagnostics.get(uri) || [];
      const matched = all.filter((d) => markers.some((m) =>
        m.startLineNumber === d.range.start.line + 1 && m.startColumn === d.range.start.character + 1 &&
        m.endLineNumber === d.range.end.line + 1 && m.endColumn === d.range.end.character + 1 && m.message === d.message));
      if (matched.length > 0 || markers.length > 0) return matched;
      const r = toRange(range);
      return all.filter((d) => d.range.start.line <= r.end.line && d.range.end.line >= r.start.line);
    }

    // MARK: Edits and commands

    toMonacoEdit(edit) {
      const edits = [];
      const push = (uri, textEdit, version) => edits.push({
        resource: this.monaco.Uri.parse(uri),
        textEdit: { range: fromRange(this.monaco, textEdit.range), text: textEdit.newText },
        versionId: version === null ? undefined : version,
      });
      if (edit.documentChanges) {
        for (const change of edit.documentChanges) {
          if (change.kind) { console.warn('codepal: file operations are not supported in this page', change); continue; }
          for (const textEdit of change.edits) push(change.textDocument.uri, textEdit, change.textDocument.version);
        }
      } else if (edit.changes) {
        for (const uri of Object.keys(edit.changes)) for (const textEdit of edit.changes[uri]) push(uri, textEdit);
      }
      return { edits };
    }

    /** Applies a server's WorkspaceEdit to the open models (one undo step each). */
    applyWorkspaceEdit(edit) {
      const byUri = new Map();
      for (const e of this.toMonacoEdit(edit).edits) {
        const uri = e.resource.toString();
        if (!byUri.has(uri)) byUri.set(uri, []);
        byUri.get(uri).push({ range: e.textEdit.range, text: e.textEdit.text });
      }
      for (const uri of byUri.keys()) if (!this.models.has(uri)) return false;
      for (const [uri, operations] of byUri) this.models.get(uri).model.pushEditOperations([], operations, () => null);
      return true;
    }

    executeCommand(command) {
      if (!command) return Promise.resolve(null);
      return this.connection.request('workspace/executeCommand', { command: command.command, arguments: command.arguments || [] });
    }

    toMonacoCommand(command) {
      return command ? { id: COMMAND, title: command.title, arguments: [command] } : undefined;
    }

    serverCommands() {
      return (this.capabilities.executeCommandProvider && this.capabilities.executeCommandProvider.commands) || [];
    }

    get hasLearningReport() { return this.serverCommands().includes(LEARNING_REPORT); }

    /** The learning report of the session (what the server has seen you practise and trip on). */
    async learningReport(uri) {
      if (!this.hasLearningReport) return null;
      return this.executeCommand({ command: LEARNING_REPORT, arguments: uri ? [uri] : [] });
    }

    async documentSymbols(uri) {
      if (!this.capabilities.documentSymbolProvider) return [];
      return (await this.connection.request('textDocument/documentSymbol', { textDocument: { uri } })) || [];
    }

    // MARK: Providers (registered for what the server advertises)

    disposeProviders() {
      for (const p of this.providers) p.dispose();
      this.providers = [];
    }

    registerProviders() {
      const monaco = this.monaco;
      const caps = this.capabilities;
      const client = this;
      const rpc = (method, params, token) => this.connection.cancellableRequest(method, params, token);
      const doc = (model) => ({ uri: model.uri.toString() });
      const tracked = (model) => this.models.has(model.uri.toString());
      const add = (disposable) => this.providers.push(disposable);
      const languages = this.options.languages || LANGUAGES;

      if (!Client.commandRegistered) {
        // Monaco's command registry is global; one handler serves every client on the page.
        monaco.editor.registerCommand(COMMAND, (_accessor, command) => Client.activeClient && Client.activeClient.executeCommand(command));
        Client.commandRegistered = true;
      }
      Client.activeClient = this;

      if (caps.completionProvider) {
        const resolvable = caps.completionProvider.resolveProvider;
        add(monaco.languages.registerCompletionItemProvider(languages, {
          triggerCharacters: caps.completionProvider.triggerCharacters || [],
          async provideCompletionItems(model, position, context, token) {
            if (!tracked(model)) return { suggestions: [] };
            const started = performance.now();
            const result = await rpc('textDocument/completion', {
              textDocument: doc(model), position: toPosition(position),
              context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter },
            }, token);
            client.stats.completion.push({ ms: performance.now() - started, items: result ? (Array.isArray(result) ? result.length : result.items.length) : 0 });
            const items = !result ? [] : Array.isArray(result) ? result : result.items;
            const word = model.getWordUntilPosition(position);
            const defaultRange = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, position.column);
            return {
              incomplete: !!(result && result.isIncomplete),
              suggestions: items.map((item) => client.toSuggestion(item, defaultRange)),
            };
          },
          resolveCompletionItem: resolvable ? async (suggestion, token) => {
            const resolved = await rpc('completionItem/resolve', suggestion.lspItem, token);
            return Object.assign(suggestion, client.toSuggestion(resolved, suggestion.range));
          } : undefined,
        }));
      }

      if (caps.hoverProvider) {
        add(monaco.languages.registerHoverProvider(languages, {
          async provideHover(model, position, token) {
            if (!tracked(model)) return null;
            const hover = await rpc('textDocument/hover', { textDocument: doc(model), position: toPosition(position) }, token);
            if (!hover) return null;
            return { contents: markdown(hover.contents), range: hover.range ? fromRange(monaco, hover.range) : undefined };
          },
        }));
      }

      if (caps.signatureHelpProvider) {
        add(monaco.languages.registerSignatureHelpProvider(languages, {
          signatureHelpTriggerCharacters: caps.signatureHelpProvider.triggerCharacters || [],
          signatureHelpRetriggerCharacters: caps.signatureHelpProvider.retriggerCharacters || [],
          async provideSignatureHelp(model, position, token) {
            if (!tracked(model)) return null;
            const help = await rpc('textDocument/signatureHelp', { textDocument: doc(model), position: toPosition(position) }, token);
            if (!help) return null;
            return {
              value: {
                activeSignature: help.activeSignature || 0, activeParameter: help.activeParameter || 0,
                signatures: help.signatures.map((s) => ({
                  label: s.label, documentation: markdown(s.documentation)[0],
                  parameters: (s.parameters || []).map((p) => ({ label: p.label, documentation: markdown(p.documentation)[0] })),
                  activeParameter: s.activeParameter,
                })),
              },
              dispose() {},
            };
          },
        }));
      }

      if (caps.codeActionProvider) {
        const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
        add(monaco.languages.registerCodeActionProvider(languages, {
          async provideCodeActions(model, range, context, token) {
            if (!tracked(model)) return { actions: [], dispose() {} };
            const uri = model.uri.toString();
            const markers = context.markers.filter((m) => m.owner === OWNER || m.owner === undefined);
            const result = await rpc('textDocument/codeAction', {
              textDocument: doc(model), range: toRange(range),
              context: { diagnostics: client.diagnosticsFor(uri, markers, range), only: context.only ? [context.only] : undefined, triggerKind: context.trigger },
            }, token);
            const actions = (result || []).map((action) => {
              if (typeof action.command === 'string') {
                return { title: action.title, command: client.toMonacoCommand(action) };
              }
              return {
                title: action.title,
                kind: action.kind,
                isPreferred: action.isPreferred,
                diagnostics: markers.filter((m) => (action.diagnostics || []).some((d) =>
                  d.message === m.message && d.range.start.line + 1 === m.startLineNumber && d.range.start.character + 1 === m.startColumn)),
                edit: action.edit ? client.toMonacoEdit(action.edit) : undefined,
                command: client.toMonacoCommand(action.command),
                disabled: action.disabled ? action.disabled.reason : undefined,
              };
            });
            return { actions, dispose() {} };
          },
        }, kinds ? { providedCodeActionKinds: kinds } : undefined));
      }

      if (caps.renameProvider) {
        const prepare = typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider;
        add(monaco.languages.registerRenameProvider(languages, {
          async provideRenameEdits(model, position, newName, token) {
            const edit = await rpc('textDocument/rename', { textDocument: doc(model), position: toPosition(position), newName }, token);
            return edit ? client.toMonacoEdit(edit) : { edits: [] };
          },
          resolveRenameLocation: prepare ? async (model, position, token) => {
            const result = await rpc('textDocument/prepareRename', { textDocument: doc(model), position: toPosition(position) }, token);
            if (!result) return { range: new monaco.Range(1, 1, 1, 1), text: '', rejectReason: 'nothing to rename here' };
            const range = result.range ? result.range : result.start ? result : null;
            if (!range) {
              const word = model.getWordAtPosition(position);
              return word ? { range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn), text: word.word } : null;
            }
            return { range: fromRange(monaco, range), text: result.placeholder || model.getValueInRange(fromRange(monaco, range)) };
          } : undefined,
        }));
      }

      const locations = (result) => {
        if (!result) return [];
        const list = Array.isArray(result) ? result : [result];
        return list.map((l) => l.targetUri
          ? { uri: monaco.Uri.parse(l.targetUri), range: fromRange(monaco, l.targetSelectionRange || l.targetRange),
              originSelectionRange: l.originSelectionRange ? fromRange(monaco, l.originSelectionRange) : undefined }
          : { uri: monaco.Uri.parse(l.uri), range: fromRange(monaco, l.range) });
      };

      if (caps.definitionProvider) {
        add(monaco.languages.registerDefinitionProvider(languages, {
          async provideDefinition(model, position, token) {
            return locations(await rpc('textDocument/definition', { textDocument: doc(model), position: toPosition(position) }, token));
          },
        }));
      }

      if (caps.referencesProvider) {
        add(monaco.languages.registerReferenceProvider(languages, {
          async provideReferences(model, position, context, token) {
            return locations(await rpc('textDocument/references', {
              textDocument: doc(model), position: toPosition(position), context: { includeDeclaration: context.includeDeclaration },
            }, token));
          },
        }));
      }

      if (caps.documentHighlightProvider) {
        add(monaco.languages.registerDocumentHighlightProvider(languages, {
          async provideDocumentHighlights(model, position, token) {
            const result = await rpc('textDocument/documentHighlight', { textDocument: doc(model), position: toPosition(position) }, token);
            return (result || []).map((h) => ({ range: fromRange(monaco, h.range), kind: (h.kind || 1) - 1 }));
          },
        }));
      }

      if (caps.documentSymbolProvider) {
        const convert = (s) => s.location
          ? { name: s.name, detail: '', kind: s.kind - 1, tags: [], containerName: s.containerName,
              range: fromRange(monaco, s.location.range), selectionRange: fromRange(monaco, s.location.range) }
          : { name: s.name, detail: s.detail || '', kind: s.kind - 1, tags: s.tags || [],
              range: fromRange(monaco, s.range), selectionRange: fromRange(monaco, s.selectionRange),
              children: (s.children || []).map(convert) };
        add(monaco.languages.registerDocumentSymbolProvider(languages, {
          displayName: 'CodePal',
          async provideDocumentSymbols(model, token) {
            if (!tracked(model)) return [];
            return ((await rpc('textDocument/documentSymbol', { textDocument: doc(model) }, token)) || []).map(convert);
          },
        }));
      }

      if (caps.codeLensProvider) {
        const changed = new monaco.Emitter();
        this.codeLensChanged = changed;
        add(changed);
        // Lenses depend on the text: ask Monaco to refresh them whenever diagnostics arrive.
        this.on('diagnostics', () => changed.fire(this));
        add(monaco.languages.registerCodeLensProvider(languages, {
          onDidChange: changed.event,
          async provideCodeLenses(model, token) {
            if (!tracked(model)) return { lenses: [], dispose() {} };
            const lenses = (await rpc('textDocument/codeLens', { textDocument: doc(model) }, token)) || [];
            return {
              lenses: lenses.map((lens) => ({ range: fromRange(monaco, lens.range), command: client.toMonacoCommand(lens.command), lspLens: lens })),
              dispose() {},
            };
          },
          resolveCodeLens: caps.codeLensProvider.resolveProvider ? async (model, lens, token) => {
            const resolved = await rpc('codeLens/resolve', lens.lspLens, token);
            return Object.assign(lens, { command: client.toMonacoCommand(resolved.command) });
          } : undefined,
        }));
      }
    }

    toSuggestion(item, defaultRange) {
      const monaco = this.monaco;
      const kinds = monaco.languages.CompletionItemKind;
      let range = defaultRange;
      let insertText = item.insertText || item.label;
      if (item.textEdit) {
        insertText = item.textEdit.newText;
        range = item.textEdit.range
          ? fromRange(monaco, item.textEdit.range)
          : { insert: fromRange(monaco, item.textEdit.insert), replace: fromRange(monaco, item.textEdit.replace) };
      }
      const documentation = markdown(item.documentation)[0];
      return {
        label: item.labelDetails ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description } : item.label,
        kind: kinds[COMPLETION_KINDS[item.kind || 1]] !== undefined ? kinds[COMPLETION_KINDS[item.kind || 1]] : kinds.Text,
        detail: item.detail,
        documentation,
        sortText: item.sortText,
        filterText: item.filterText,
        preselect: item.preselect,
        insertText,
        insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
        range,
        tags: item.deprecated || (item.tags || []).includes(1) ? [monaco.languages.CompletionItemTag.Deprecated] : [],
        additionalTextEdits: (item.additionalTextEdits || []).map((e) => ({ range: fromRange(monaco, e.range), text: e.newText })),
        command: this.toMonacoCommand(item.command),
        lspItem: item,
      };
    }
  }

  return {
    LEARNING_REPORT,
    /** Connects to `url` and returns the client; `client.ready` settles after `initialize`. */
    connect(monaco, options) { return new Client(monaco, options); },
  };
});
