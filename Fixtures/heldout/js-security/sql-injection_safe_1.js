'use strict';
const express = require('express');
const mysql = require('mysql2');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, database: 'shop' });
const router = express.Router();
const SORTS = { name: 'name', price: 'price', newest: 'created_at DESC' };

function buildFilter(query) {
  const clauses = ['1=1'];
  const params = [];
  if (query.category) {
    clauses.push('category = ?');
    params.push(query.category);
  }
  if (query.maxPrice) {
    clauses.push('price <= ?');
    params.push(Number(query.maxPrice));
  }
  return { where: clauses.join(' AND '), params };
}

router.get('/products', (req, res, next) => {
  const { where, params } = buildFilter(req.query);
  const order = SORTS[req.query.sort] || SORTS.name;
  const sql = 'SELECT id, name, price FROM products WHERE ' + where + ' ORDER BY ' + order;
  pool.query(sql, params, (err, rows) => {
    if (err) return next(err);
    return res.json(rows);
  });
});

router.delete('/products/:id', (req, res, next) => {
  pool.execute('DELETE FROM products WHERE id = ?', [Number.parseInt(req.params.id, 10)], (err) => {
    if (err) return next(err);
    return res.status(204).end();
  });
});

module.exports = router;
