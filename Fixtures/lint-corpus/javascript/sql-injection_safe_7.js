const express = require('express');
const { pool } = require('./db');

const router = express.Router();
const ORDER = { newest: 'created_at DESC', title: 'title ASC' };

function eventFilter(query) {
  const conds = ['deleted_at IS NULL'];
  const args = [];
  if (query.city) {
    args.push(query.city);
    conds.push(`city = $${args.length}`);
  }
  if (query.after) {
    args.push(new Date(query.after));
    conds.push(`starts_at >= $${args.length}`);
  }
  return { where: conds.join(' AND '), args };
}

router.get('/events', async (req, res) => {
  const { where, args } = eventFilter(req.query);
  const order = ORDER[req.query.order] || ORDER.newest;
  const { rows } = await pool.query('SELECT id, title FROM events WHERE ' + where + ' ORDER BY ' + order, args);
  res.json(rows);
});

module.exports = router;
