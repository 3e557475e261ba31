import * as monaco from 'monaco-editor';

const palette = {
  background: '#1b1d23',
  foreground: '#d7dae0',
  keyword: '#c678dd',
  string: '#98c379',
  comment: '#5c6370',
};

export const harbourNight: monaco.editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [
    { token: 'keyword', foreground: palette.keyword.slice(1), fontStyle: 'bold' },
    { token: 'string', foreground: palette.string.slice(1) },
    { token: 'comment', foreground: palette.comment.slice(1), fontStyle: 'italic' },
  ],
  colors: {
    'editor.background': palette.background,
    'editor.foreground': palette.foreground,
    'editorLineNumber.foreground': '#495162',
    'editorLineNumber.activeForeground': '#d7dae0',
    'editor.selectionBackground': '#3e4452',
    'editorCursor.foreground': '#528bff',
  },
};

export function installTheme(container: HTMLElement, code: string) {
  monaco.editor.defineTheme('harbour-night', harbourNight);
  return monaco.editor.create(container, { value: code, language: 'typescript', theme: 'harbour-night', minimap: { enabled: false } });
}
