const express = require('express');
const { Pool } = require('pg');
const { Sequelize } = require('sequelize');

const router = express.Router();
const pool = new Pool();
const sequelize = new Sequelize(process.env.DATABASE_URL);

router.get('/orders', async (req, res) => {
  const { status, customer } = req.query;
  const filters = [`status = '${status}'`];
  if (customer) {
    filters.push("customer = '" + customer + "'");
  }
  const result = await pool.query('SELECT * FROM orders WHERE ' + filters.join(' AND ')); // expect: sql-injection
  res.json(result.rows);
});

router.post('/orders/:id/note', async (req, res) => {
  const note = req.body.note;
  const statement = "UPDATE orders SET note = '" + note + "' WHERE id = " + req.params.id;
  await sequelize.query(statement); // expect: sql-injection
  res.sendStatus(204);
});

module.exports = router;
