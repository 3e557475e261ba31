const express = require('express');
const { pool } = require('./db');

const router = express.Router();

function eventFilter(query) {
  const conds = ['deleted_at IS NULL'];
  if (query.city) {
    conds.push(`city = '${query.city}'`);
  }
  return { where: conds.join(' AND '), limit: 50 };
}

router.get('/events', async (req, res) => {
  const { where, limit } = eventFilter(req.query);
  const { rows } = await pool.query('SELECT id, title FROM events WHERE ' + where + ' LIMIT ' + limit); // expect: sql-injection
  res.json(rows);
});

module.exports = router;
