const TAG = /#([\w-]+)/g;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlight(notes, query) {
  const re = new RegExp(escapeRegExp(query), "gi");
  return notes
    .filter((note) => note.body.search(re) !== -1)
    .map((note) => ({ ...note, body: note.body.replace(re, (m) => `<mark>${m}</mark>`) }));
}

function countTags(notes) {
  const counts = {};
  for (const note of notes) {
    for (const m of note.body.matchAll(TAG)) {
      counts[m[1]] = (counts[m[1]] || 0) + 1;
    }
  }
  return counts;
}

function matchAny(text, words) {
  return words.some((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, "i").test(text));
}

export { highlight, countTags, matchAny };
