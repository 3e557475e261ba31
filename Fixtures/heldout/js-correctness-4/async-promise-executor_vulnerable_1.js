// Electron main process: export the current note to a file chosen by the user.
const { app, BrowserWindow, dialog, ipcMain } = require("electron");
const fs = require("node:fs/promises");
const path = require("node:path");

function askForPath(win, defaultName) {
  return new Promise(async (resolve, reject) => { // expect: async-promise-executor
    const result = await dialog.showSaveDialog(win, {
      defaultPath: path.join(app.getPath("documents"), defaultName),
      filters: [{ name: "Markdown", extensions: ["md"] }],
    });
    if (result.canceled || !result.filePath) {
      reject(new Error("cancelled"));
      return;
    }
    resolve(result.filePath);
  });
}

function writeNote(target, markdown) {
  return new Promise(async function (resolve) { // expect: async-promise-executor
    await fs.writeFile(target, markdown, "utf8");
    resolve(target);
  });
}

ipcMain.handle("note:export", async (event, note) => {
  const win = BrowserWindow.fromWebContents(event.sender);
  const target = await askForPath(win, `${note.title}.md`);
  return writeNote(target, note.body);
});
