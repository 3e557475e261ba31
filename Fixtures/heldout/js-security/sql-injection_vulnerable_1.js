'use strict';
const express = require('express');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, database: 'shop' });
const router = express.Router();

function buildFilter(query) {
  const clauses = ['1=1'];
  if (query.category) {
    clauses.push(`category = '${query.category}'`);
  }
  if (query.maxPrice) {
    clauses.push('price <= ' + query.maxPrice);
  }
  return clauses.join(' AND ');
}

router.get('/products', (req, res, next) => {
  let sql = 'SELECT id, name, price FROM products WHERE ' + buildFilter(req.query);
  sql += ' ORDER BY ' + (req.query.sort || 'name');
  pool.query(sql, (err, rows) => { // expect: sql-injection
    if (err) return next(err);
    return res.json(rows);
  });
});

router.delete('/products/:id', (req, res, next) => {
  pool.execute(`DELETE FROM products WHERE id = ${req.params.id}`, (err) => { // expect: sql-injection
    if (err) return next(err);
    return res.status(204).end();
  });
});

module.exports = router;
