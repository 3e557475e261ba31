// sync.js - pull all pages of the LMS grade feed (Node); each request needs the previous cursor
async function fetchAllGrades(baseUrl, token) {
  const grades = [];
  let cursor = "";
  do {
    const res = await fetch(`${baseUrl}/grades?cursor=${encodeURIComponent(cursor)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const page = await res.json();
    grades.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return grades;
}

async function countLines(stream) {
  let lines = 0;
  for await (const chunk of stream) {
    lines += chunk.toString().split("\n").length - 1;
  }
  return lines;
}

async function resizeAll(files, resize) {
  const results = await Promise.all(files.map((file) => resize(file)));
  return results.filter(Boolean).length;
}

module.exports = { fetchAllGrades, countLines, resizeAll };
