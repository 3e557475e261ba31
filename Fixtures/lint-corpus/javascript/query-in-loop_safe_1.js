// catalogue.js - books and their authors loaded with two queries
async function catalogue(db) {
  const books = await db.query("SELECT id, author_id, title FROM books");
  const ids = books.map((book) => book.author_id);
  const authors = await db.query("SELECT id, name FROM authors WHERE id = ANY($1)", [ids]);
  const byId = new Map(authors.map((a) => [a.id, a.name]));
  return books.map((book) => ({ title: book.title, author: byId.get(book.author_id) }));
}

async function exportAll(db, tables) {
  for (const table of tables) {
    table.seen = true;
  }
  return db.query("SELECT COUNT(*) FROM books");
}

module.exports = { catalogue, exportAll };
