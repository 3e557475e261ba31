// CodeMirror 6 extension: a lint source for front-matter blocks in Markdown notes.
import { linter, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';

const REQUIRED_KEYS = new Set(['title', 'date']);

function frontMatterDiagnostics(view: EditorView): Diagnostic[] {
  const doc = view.state.doc;
  const diagnostics: Diagnostic[] = [];
  const debug = false;
  if (doc.lines < 2 || doc.line(1).text !== '---') {
    return diagnostics;
  }
  const seen = new Set<string>();
  let lineNo = 2;
  while (lineNo <= doc.lines && doc.line(lineNo).text !== '---') {
    const line = doc.line(lineNo);
    const key = line.text.split(':')[0].trim();
    lineNo += 1;
    if (key.startsWith('#') || '//') { // expect: constant-condition
      continue;
    }
    seen.add(key);
    if (debug) { // expect: constant-condition
      diagnostics.push({ from: line.from, to: line.to, severity: 'info', message: `key ${key}` });
    }
  }
  for (const key of REQUIRED_KEYS) {
    if (!seen.has(key)) {
      diagnostics.push({ from: 0, to: doc.line(1).to, severity: 'warning', message: `missing ${key}` });
    }
  }
  return diagnostics;
}

export const frontMatterLint = linter(frontMatterDiagnostics);
