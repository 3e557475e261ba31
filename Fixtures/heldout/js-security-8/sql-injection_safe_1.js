// Command-line tool over a better-sqlite3 notes database.
const Database = require('better-sqlite3');

const db = new Database(process.env.NOTES_DB || 'notes.db');
const SORTS = { updated: 'updated_at DESC', title: 'title ASC', created: 'created_at DESC' };

function searchNotes(tag, text, sort) {
  let sql = 'SELECT id, title, updated_at FROM notes WHERE tag = @tag';
  if (text) {
    sql += " AND body LIKE '%' || @text || '%'";
  }
  sql += ' ORDER BY ' + (SORTS[sort] || SORTS.updated);
  return db.prepare(sql).all({ tag, text: text || '' });
}

function archive(ids) {
  const numbers = ids.map((id) => Number.parseInt(id, 10)).filter(Number.isInteger);
  const placeholders = numbers.map(() => '?').join(',');
  if (numbers.length) {
    db.prepare(`UPDATE notes SET archived = 1 WHERE id IN (${placeholders})`).run(...numbers);
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'search') {
  for (const note of searchNotes(rest[0], rest[1], process.env.NOTES_SORT)) {
    process.stdout.write(`${note.id}\t${note.title}\n`);
  }
} else if (command === 'archive') {
  archive(rest);
}
