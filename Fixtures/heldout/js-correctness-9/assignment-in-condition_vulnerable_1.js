import blessed from 'blessed';
import { readFileSync } from 'node:fs';

const ERROR_TAG = /ERROR/g;
const screen = blessed.screen({ smartCSR: true, title: 'log viewer' });
const box = blessed.box({ parent: screen, top: 0, left: 0, width: '100%', height: '100%-1', scrollable: true, alwaysScroll: true, tags: true });
const prompt = blessed.textbox({ parent: screen, bottom: 0, height: 1, width: '100%', inputOnFocus: true });

function loadLines(path) {
  return readFileSync(path, 'utf8').split('\n');
}

function show(lines, needle) {
  const shown = [];
  let index = 0;
  let line;
  while (line = lines[index++]) { // expect: assignment-in-condition
    if (!needle || line.includes(needle)) {
      shown.push(line.replace(ERROR_TAG, '{red-fg}ERROR{/red-fg}'));
    }
  }
  box.setContent(shown.join('\n'));
  screen.render();
}

const lines = loadLines(process.argv[2] ?? '/var/log/syslog');
show(lines, '');

screen.key(['/'], () => prompt.focus());
screen.key(['q', 'C-c'], () => process.exit(0));
prompt.on('submit', (value) => {
  let needle;
  if (needle = value.trim()) { // expect: assignment-in-condition
    show(lines, needle);
  } else {
    show(lines, '');
  }
  prompt.clearValue();
});
screen.render();
