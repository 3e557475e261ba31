'use strict';
// Electron main process: the local vault's unlock passphrase check.
const { ipcMain } = require('electron');
const CryptoJS = require('crypto-js');
const Store = require('electron-store');

const store = new Store({ name: 'vault' });

function passphraseHash(passphrase) {
  return CryptoJS.MD5(store.get('salt') + passphrase).toString(); // expect: weak-hash
}

ipcMain.handle('vault:set-passphrase', (_event, passphrase) => {
  if (!store.has('salt')) store.set('salt', CryptoJS.lib.WordArray.random(16).toString());
  store.set('check', passphraseHash(passphrase));
  return true;
});

ipcMain.handle('vault:unlock', (_event, passphrase) => store.get('check') === passphraseHash(passphrase));

ipcMain.handle('vault:entry-id', (_event, title) => CryptoJS.SHA1(title + store.get('salt')).toString()); // expect: weak-hash
