'use strict';
// Electron main process: export via pandoc without a shell, with the format allow-listed.
const { app, ipcMain } = require('electron');
const { execFile } = require('child_process');
const path = require('path');

const FORMATS = new Set(['pdf', 'docx', 'html', 'epub']);
const TITLE = /^[\w .-]{1,80}$/;

ipcMain.handle('notes:export', (_event, { source, format, title }) => {
  if (!FORMATS.has(format) || !TITLE.test(title)) {
    return Promise.reject(new Error('invalid export request'));
  }
  const target = path.join(app.getPath('documents'), 'Notes Export', `${title}.${format}`);
  return new Promise((resolve, reject) => {
    execFile('pandoc', ['--metadata', `title=${title}`, '-o', target, '--', source], { timeout: 60000 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout);
    });
  });
});
