'use strict';

const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });
const bookshelf = require('bookshelf')(knex);

const Author = bookshelf.model('Author', { tableName: 'authors' });
const Book = bookshelf.model('Book', {
  tableName: 'books',
  author() {
    return this.belongsTo('Author');
  },
});

async function catalogue(req, res) {
  const books = await Book.where({ published: true }).orderBy('title').fetchAll({ withRelated: ['author'] });
  const rows = books.map((book) => {
    const author = book.related('author');
    return { title: book.get('title'), author: author.get('name') || 'Unknown' };
  });
  res.json(rows);
}

module.exports = { catalogue, Author, Book };
