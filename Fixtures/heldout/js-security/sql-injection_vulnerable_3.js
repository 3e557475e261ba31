'use strict';
// Repository module for the library app (node-postgres).
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

class BookRepository {
  constructor(db) {
    this.db = db;
  }

  async search({ title, author, year }) {
    const conditions = [];
    if (title) conditions.push(`title ILIKE '%${title}%'`);
    if (author) conditions.push("author = '" + author + "'");
    if (year) conditions.push(`published_year = ${year}`);
    const where = conditions.length ? 'WHERE ' + conditions.join(' AND ') : '';
    const { rows } = await this.db.query(`SELECT id, title, author FROM books ${where} LIMIT 50`); // expect: sql-injection
    return rows;
  }

  async markBorrowed(bookId, memberId) {
    const sql = 'UPDATE books SET borrowed_by = ' + memberId + ' WHERE id = ' + bookId;
    await this.db.query(sql); // expect: sql-injection
  }
}

const books = new BookRepository(pool);

module.exports = function register(app) {
  app.get('/books', async (req, res) => res.json(await books.search(req.query)));
  app.post('/books/:id/borrow', async (req, res) => {
    await books.markBorrowed(req.params.id, req.body.memberId);
    res.status(204).end();
  });
};
