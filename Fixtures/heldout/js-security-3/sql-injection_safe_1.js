'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();
const SORTABLE = { name: 'name', rating: 'rating DESC', newest: 'created_at DESC' };

router.get('/restaurants', async (req, res, next) => {
  const where = ['deleted_at IS NULL'];
  const params = [];
  if (req.query.city) {
    params.push(String(req.query.city));
    where.push(`city = $${params.length}`);
  }
  const minRating = Number.parseInt(req.query.minRating, 10);
  if (Number.isInteger(minRating)) {
    params.push(minRating);
    where.push(`rating >= $${params.length}`);
  }
  const order = SORTABLE[req.query.sort] || SORTABLE.name;
  const sql = `SELECT id, name, city, rating FROM restaurants WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT 100`;
  try {
    const { rows } = await pool.query(sql, params);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
