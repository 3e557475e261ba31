// CodeMirror 6 extension: front-matter lint with a bounded loop and a configurable debug flag.
import { linter, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';

const REQUIRED_KEYS = new Set(['title', 'date']);

function frontMatterDiagnostics(view: EditorView, debug: boolean): Diagnostic[] {
  const doc = view.state.doc;
  const diagnostics: Diagnostic[] = [];
  if (doc.lines < 2 || doc.line(1).text !== '---') {
    return diagnostics;
  }
  const seen = new Set<string>();
  let lineNo = 2;
  while (lineNo <= doc.lines && doc.line(lineNo).text !== '---') {
    const line = doc.line(lineNo);
    const key = line.text.split(':')[0].trim();
    lineNo += 1;
    if (key.startsWith('#') || key.startsWith('//')) {
      continue;
    }
    seen.add(key);
    if (debug) {
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

export const frontMatterLint = (debug: boolean) => linter((view) => frontMatterDiagnostics(view, debug));
