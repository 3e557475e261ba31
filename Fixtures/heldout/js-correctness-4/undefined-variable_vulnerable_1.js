// Electron preload script: expose a narrow IPC bridge to the renderer.
const { contextBridge } = require("electron");

const INVOKE_CHANNELS = new Set(["notes:list", "notes:save", "notes:delete"]);

function guard(channel) {
  if (!INVOKE_CHANNELS.has(channel) && !EVENT_CHANNELS.has(channel)) { // expect: undefined-variable
    throw new Error(`blocked IPC channel: ${channel}`);
  }
}

contextBridge.exposeInMainWorld("notes", {
  invoke(channel, payload) {
    guard(channel);
    return ipcRenderer.invoke(channel, payload); // expect: undefined-variable
  },
  onChanged(callback) {
    const listener = (_event, note) => callback(note);
    ipcRenderer.on("notes:changed", listener); // expect: undefined-variable
    return () => ipcRenderer.removeListener("notes:changed", listener); // expect: undefined-variable
  },
  platform: process.platform,
});
