// Electron main process: export the current note to a file chosen by the user.
const { app, BrowserWindow, dialog, ipcMain } = require("electron");
const fs = require("node:fs/promises");
const path = require("node:path");

async function askForPath(win, defaultName) {
  const result = await dialog.showSaveDialog(win, {
    defaultPath: path.join(app.getPath("documents"), defaultName),
  });
  if (result.canceled || !result.filePath) {
    throw new Error("cancelled");
  }
  return result.filePath;
}

function whenReadyToShow(win) {
  return new Promise((resolve) => {
    win.once("ready-to-show", () => resolve(win));
  });
}

ipcMain.handle("note:export", async (event, note) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  const target = await askForPath(win, `${note.title}.md`);
  await fs.writeFile(target, note.body, "utf8");
  return target;
});

module.exports = { whenReadyToShow };
