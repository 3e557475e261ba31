const express = require('express');
const mysql = require('mysql2');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'shop', database: 'shop' });

app.get('/products', (req, res) => {
  const term = req.query.q;
  const sql = "SELECT id, name, price FROM products WHERE name LIKE '%" + term + "%'";
  db.query(sql, (err, rows) => { // expect: sql-injection
    if (err) {
      res.status(500).json({ error: 'database error' });
      return;
    }
    res.json(rows);
  });
});

app.get('/users/:id', (req, res) => {
  db.query(`SELECT id, email FROM users WHERE id = ${req.params.id}`, (err, rows) => { // expect: sql-injection
    if (err) {
      res.status(500).json({ error: 'database error' });
      return;
    }
    res.json(rows[0]);
  });
});

module.exports = app;
