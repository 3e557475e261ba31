'use strict';
// Electron main process: IPC handlers the renderer uses to export notes.
const { app, ipcMain } = require('electron');
const { exec, execSync } = require('child_process');
const path = require('path');

const exportDir = () => path.join(app.getPath('documents'), 'Notes Export');

function pandocCommand(source, format, title) {
  const target = path.join(exportDir(), `${title}.${format}`);
  return `pandoc "${source}" --metadata title="${title}" -o "${target}"`;
}

ipcMain.handle('notes:export', (_event, { source, format, title }) =>
  new Promise((resolve, reject) => {
    exec(pandocCommand(source, format, title), { timeout: 60000 }, (err, stdout) => { // expect: command-injection
      if (err) reject(err);
      else resolve(stdout);
    });
  }));

ipcMain.handle('notes:word-count', (_event, file) => {
  const out = execSync('wc -w ' + file, { encoding: 'utf8' }); // expect: command-injection
  return Number.parseInt(out.trim().split(/\s+/)[0], 10);
});
