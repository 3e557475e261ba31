// Electron main process: create the app window.
const { app, BrowserWindow } = require("electron");
const path = require("node:path");

function createWindow() {
  const win = new BrowserWindow({
    width: 1100,
    height: 720,
    minWidth: 640,
    title: "Notebook",
    webPreferences: {
      preload: path.join(__dirname, "preload.js"),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      contextIsolation: false, // expect: duplicate-object-key
    },
    show: false,
  });
  win.once("ready-to-show", () => win.show());
  win.loadFile(path.join(__dirname, "index.html"));
  return win;
}

const MENU_LABELS = { file: "File", edit: "Edit", view: "View", file: "Datei" }; // expect: duplicate-object-key

app.whenReady().then(() => {
  const win = createWindow();
  win.setTitle(`Notebook – ${MENU_LABELS.file}`);
});
