'use strict';
// Electron main process: the sync token lives in the OS keychain via keytar.
const { ipcMain } = require('electron');
const keytar = require('keytar');

const SERVICE_NAME = 'example-notes-sync';
const TOKEN_ACCOUNT = 'sync-token';
const TOKEN_PLACEHOLDER = '<paste your token>';
const tokenHeader = 'X-Sync-Token';

ipcMain.handle('sync:save-token', async (_event, token) => {
  if (!token || token === TOKEN_PLACEHOLDER) return false;
  await keytar.setPassword(SERVICE_NAME, TOKEN_ACCOUNT, String(token));
  return true;
});

ipcMain.handle('sync:headers', async () => {
  const token = await keytar.getPassword(SERVICE_NAME, TOKEN_ACCOUNT);
  return token ? { [tokenHeader]: token } : {};
});
