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
    const values = [];
    if (title) {
      values.push(`%${title}%`);
      conditions.push(`title ILIKE $${values.length}`);
    }
    if (author) {
      values.push(author);
      conditions.push(`author = $${values.length}`);
    }
    if (year) {
      values.push(Number.parseInt(year, 10));
      conditions.push(`published_year = $${values.length}`);
    }
    const where = conditions.length ? 'WHERE ' + conditions.join(' AND ') : '';
    const { rows } = await this.db.query(`SELECT id, title, author FROM books ${where} LIMIT 50`, values);
    return rows;
  }

  async markBorrowed(bookId, memberId) {
    await this.db.query('UPDATE books SET borrowed_by = $1 WHERE id = $2', [memberId, bookId]);
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
