'use strict';
// Electron main process: the same requests answered without a shell.
const { ipcMain } = require('electron');
const { execFile, execFileSync } = require('child_process');

ipcMain.handle('files:checksum', (_event, file) => execFileSync('sha256sum', ['--', file]).toString());

ipcMain.on('files:zip', (event, { folder, name }) => {
  execFile('zip', ['-r', `${name}.zip`, '--', folder], (err) => event.reply('files:zipped', !err));
});
