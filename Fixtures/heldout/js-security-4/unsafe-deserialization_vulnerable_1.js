'use strict';
// Electron main process: restores workspace snapshots sent by the renderer and by deep links.
const { app, ipcMain } = require('electron');
const serialize = require('node-serialize');
const { applySnapshot } = require('./workspace');

ipcMain.handle('workspace:restore', (_event, snapshotText) => {
  const snapshot = serialize.unserialize(snapshotText); // expect: unsafe-deserialization
  return applySnapshot(snapshot);
});

function snapshotFromLink(link) {
  const url = new URL(link);
  const encoded = url.searchParams.get('state') || '';
  return serialize.unserialize(Buffer.from(encoded, 'base64').toString('utf8')); // expect: unsafe-deserialization
}

app.on('open-url', (event, link) => {
  event.preventDefault();
  applySnapshot(snapshotFromLink(link));
});
