// better-sqlite3 behind Express: the statement grows before it is prepared.
const express = require('express');
const Database = require('better-sqlite3');

const db = new Database('notes.db');
const app = express();

app.get('/notes', (req, res) => {
  let sql = "SELECT id, title FROM notes WHERE tag = '" + req.query.tag + "'";
  if (req.query.q) {
    sql += ` AND body LIKE '%${req.query.q}%'`;
  }
  res.json(db.prepare(sql).all()); // expect: sql-injection
});

app.listen(3000);
