// Highlight the words of a search box in a list of notes.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function highlight(notes, query) {
  const pattern = new RegExp(`(${escape(query)})`, "gi");
  return notes.map((note) => note.replace(pattern, "<mark>$1</mark>"));
}
