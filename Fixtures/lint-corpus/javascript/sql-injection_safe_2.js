const express = require('express');
const { Pool } = require('pg');

const router = express.Router();
const pool = new Pool();

router.get('/orders', async (req, res) => {
  const { status, customer } = req.query;
  const params = [status];
  let sql = 'SELECT * FROM orders WHERE status = $1';
  if (customer) {
    params.push(customer);
    sql += ' AND customer = $' + params.length;
  }
  const result = await pool.query(sql, params);
  res.json(result.rows);
});

router.post('/orders/:id/note', async (req, res) => {
  await pool.query('UPDATE orders SET note = $1 WHERE id = $2', [req.body.note, req.params.id]);
  res.sendStatus(204);
});

module.exports = router;
