'use strict';
// Electron main process: the renderer asks for a file's checksum and a zip of a folder.
const { ipcMain } = require('electron');
const { exec, execSync } = require('child_process');

function zipCommand(folder, name) {
  return `zip -r "${name}.zip" "${folder}"`;
}

ipcMain.handle('files:checksum', (_event, file) => execSync('sha256sum ' + file).toString()); // expect: command-injection

ipcMain.on('files:zip', (event, { folder, name }) => {
  exec(zipCommand(folder, name), (err) => event.reply('files:zipped', !err)); // expect: command-injection
});
