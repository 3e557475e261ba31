// Highlight search hits in the notes list.
function highlight(notes, query) {
  const hits = [];
  for (const note of notes) {
    const re = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gi");  // expect: regex-in-loop
    if (re.test(note.body)) {
      hits.push({ ...note, body: note.body.replace(re, (m) => `<mark>${m}</mark>`) });
    }
  }
  return hits;
}

function countTags(notes) {
  const counts = {};
  notes.forEach((note) => {
    const tag = new RegExp("#([\\w-]+)", "g");  // expect: regex-in-loop
    for (const m of note.body.matchAll(tag)) {
      counts[m[1]] = (counts[m[1]] || 0) + 1;
    }
  });
  return counts;
}

export { highlight, countTags };
