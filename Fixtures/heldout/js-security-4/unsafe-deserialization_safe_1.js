'use strict';
// Electron main process: workspace snapshots are plain JSON, checked field by field.
const { ipcMain } = require('electron');
const { applySnapshot } = require('./workspace');

function parseSnapshot(text) {
  const data = JSON.parse(String(text));
  if (typeof data !== 'object' || data === null) throw new Error('bad snapshot');
  if (!Array.isArray(data.openFiles) || !data.openFiles.every((f) => typeof f === 'string')) {
    throw new Error('bad snapshot');
  }
  return {
    openFiles: data.openFiles.slice(0, 50),
    activeFile: typeof data.activeFile === 'string' ? data.activeFile : null,
    layout: data.layout === 'split' ? 'split' : 'single',
  };
}

ipcMain.handle('workspace:restore', (_event, snapshotText) => applySnapshot(parseSnapshot(snapshotText)));
