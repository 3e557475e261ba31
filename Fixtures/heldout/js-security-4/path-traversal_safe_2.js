'use strict';
// Electron main process: the renderer asks for a theme by name; only bundled themes are read.
const { app, ipcMain } = require('electron');
const fs = require('fs/promises');
const path = require('path');

const THEMES_DIR = path.join(app.getAppPath(), 'themes');
const BUNDLED = new Set(['light.css', 'dark.css', 'solarized.css', 'high-contrast.css']);

ipcMain.handle('theme:load', async (_event, requested) => {
  const name = path.basename(String(requested));
  if (!BUNDLED.has(name)) {
    throw new Error('unknown theme');
  }
  return fs.readFile(path.join(THEMES_DIR, name), 'utf8');
});

ipcMain.handle('theme:list', () => Array.from(BUNDLED).map((file) => file.replace(/\.css$/, '')));
