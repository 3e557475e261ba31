const express = require('express');
const mysql = require('mysql2');
const { Sequelize, QueryTypes } = require('sequelize');

const connection = mysql.createConnection({ host: 'localhost', user: 'shop', database: 'shop' });
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();

app.get('/orders', (req, res) => {
  const clauses = ['1 = 1'];
  const params = [];
  if (req.query.status) {
    clauses.push('status = ?');
    params.push(req.query.status);
  }
  connection.query('SELECT * FROM orders WHERE ' + clauses.join(' AND '), params, (err, rows) => {
    if (err) return res.status(500).json({ error: 'query failed' });
    res.json(rows);
  });
});

app.get('/customers', (req, res) => {
  const sql = 'SELECT id, name FROM customers WHERE country = ' + connection.escape(req.query.country);
  connection.query(sql, (err, rows) => res.json(err ? [] : rows));
});

app.delete('/sessions/:token', async (req, res) => {
  await sequelize.query('DELETE FROM sessions WHERE token = :token', {
    replacements: { token: req.params.token },
    type: QueryTypes.DELETE,
  });
  res.sendStatus(204);
});

module.exports = app;
