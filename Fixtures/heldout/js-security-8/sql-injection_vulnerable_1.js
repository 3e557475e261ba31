// Command-line tool over a better-sqlite3 notes database.
const Database = require('better-sqlite3');

const db = new Database(process.env.NOTES_DB || 'notes.db');

function searchNotes(tag, text, sort) {
  let sql = "SELECT id, title, updated_at FROM notes WHERE tag = '" + tag + "'";
  if (text) {
    sql += ` AND body LIKE '%${text}%'`;
  }
  sql += ' ORDER BY ' + (sort || 'updated_at DESC');
  return db.prepare(sql).all(); // expect: sql-injection
}

function archive(ids) {
  db.exec(`UPDATE notes SET archived = 1 WHERE id IN (${ids.join(',')})`); // expect: sql-injection
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'search') {
  for (const note of searchNotes(rest[0], rest[1], process.env.NOTES_SORT)) {
    process.stdout.write(`${note.id}\t${note.title}\n`);
  }
} else if (command === 'archive') {
  archive(rest);
}
