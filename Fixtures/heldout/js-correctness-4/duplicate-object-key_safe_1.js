// Electron main process: create the app window.
const { app, BrowserWindow } = require("electron");
const path = require("node:path");

const BASE_PREFS = { contextIsolation: true, nodeIntegration: false, sandbox: true };

function createWindow(devTools) {
  const win = new BrowserWindow({
    width: 1100,
    height: 720,
    title: "Notebook",
    webPreferences: { ...BASE_PREFS, preload: path.join(__dirname, "preload.js"), sandbox: !devTools },
    show: false,
  });
  win.loadFile(path.join(__dirname, "index.html"));
  return win;
}

const SHORTCUTS = { "CmdOrCtrl+S": "save", "CmdOrCtrl+Shift+S": "saveAs", "cmdorctrl+s": "legacySave" };

const windowState = {
  _bounds: null,
  get bounds() {
    return this._bounds;
  },
  set bounds(value) {
    this._bounds = value;
  },
};

app.whenReady().then(() => {
  const win = createWindow(process.argv.includes("--dev"));
  windowState.bounds = win.getBounds();
  win.setTitle(`Notebook (${Object.keys(SHORTCUTS).length} shortcuts)`);
});
