const express = require('express');
const mysql = require('mysql2');

const app = express();
const db = mysql.createConnection({ host: 'localhost', user: 'shop', database: 'shop' });

app.get('/products', (req, res) => {
  const term = `%${req.query.q}%`;
  db.query('SELECT id, name, price FROM products WHERE name LIKE ?', [term], (err, rows) => {
    if (err) {
      res.status(500).json({ error: 'database error' });
      return;
    }
    res.json(rows);
  });
});

app.get('/products/recent', (req, res) => {
  const limit = Number.parseInt(req.query.limit, 10) || 20;
  db.query(`SELECT id, name FROM products ORDER BY created_at DESC LIMIT ${limit}`, (err, rows) => {
    if (err) {
      res.status(500).json({ error: 'database error' });
      return;
    }
    res.json(rows);
  });
});

module.exports = app;
