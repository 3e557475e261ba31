// Electron renderer: autosave the editor's content every few seconds.
const status = document.getElementById("save-status");
const editor = document.getElementById("editor");

async function save(text) {
  let saved = false;
  status.textContent = "Saving…";
  try {
    await window.notes.invoke("notes:save", { id: editor.dataset.noteId, body: text });
    saved = true;
  } catch (err) {
    status.textContent = `Not saved: ${err.message}`;
  } finally {
    status.dataset.lastAttempt = new Date().toISOString();
    setTimeout(() => {
      return status.classList.remove("busy");
    }, 300);
  }
  return saved;
}

let timer = null;
editor.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => save(editor.value).then((ok) => ok && (status.textContent = "Saved")), 2000);
});
