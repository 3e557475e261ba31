'use strict';

const express = require('express');
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ uri: process.env.DATABASE_URL, connectionLimit: 10 });
const router = express.Router();

function buildFilters(query) {
  const where = ['deleted_at IS NULL'];
  if (query.city) {
    where.push(`city = '${query.city}'`);
  }
  if (query.minRating) {
    where.push('rating >= ' + query.minRating);
  }
  return where.join(' AND ');
}

router.get('/restaurants', async (req, res, next) => {
  try {
    const sql = `SELECT id, name, city, rating FROM restaurants WHERE ${buildFilters(req.query)} LIMIT 100`;
    const [rows] = await pool.query(sql); // expect: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post('/restaurants/:id/tags', async (req, res, next) => {
  try {
    const values = req.body.tags.map((tag) => `(${req.params.id}, '${tag}')`);
    await pool.execute('INSERT INTO restaurant_tags (restaurant_id, tag) VALUES ' + values.join(', ')); // expect: sql-injection
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
