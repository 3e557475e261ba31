// Electron preload script: expose a narrow IPC bridge to the renderer.
const { contextBridge, ipcRenderer } = require("electron");

const INVOKE_CHANNELS = new Set(["notes:list", "notes:save", "notes:delete"]);

contextBridge.exposeInMainWorld("notes", {
  invoke(channel, payload) {
    guard(channel);
    return ipcRenderer.invoke(channel, payload);
  },
  onChanged(callback) {
    const listener = (_event, note) => callback(note);
    ipcRenderer.on("notes:changed", listener);
    return () => ipcRenderer.removeListener("notes:changed", listener);
  },
  platform: process.platform,
  hasBroadcast: typeof BroadcastChannel !== "undefined",
});

function guard(channel) {
  if (!INVOKE_CHANNELS.has(channel)) {
    throw new Error(`blocked IPC channel: ${channel}`);
  }
}
