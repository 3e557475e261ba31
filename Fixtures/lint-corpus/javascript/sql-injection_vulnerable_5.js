const express = require('express');
const mysql = require('mysql2');
const { Sequelize } = require('sequelize');

const connection = mysql.createConnection({ host: 'localhost', user: 'shop', database: 'shop' });
const sequelize = new Sequelize(process.env.DATABASE_URL);
const app = express();
app.use(express.json());

app.get('/orders', (req, res) => {
  const clauses = ['1 = 1'];
  if (req.query.status) {
    clauses.push(`status = '${req.query.status}'`);
  }
  connection.query('SELECT * FROM orders WHERE ' + clauses.join(' AND '), (err, rows) => { // expect: sql-injection
    if (err) return res.status(500).json({ error: 'query failed' });
    res.json(rows);
  });
});

app.delete('/sessions/:token', async (req, res) => {
  await sequelize.query("DELETE FROM sessions WHERE token = '" + req.params.token + "'"); // expect: sql-injection
  res.sendStatus(204);
});

module.exports = app;
