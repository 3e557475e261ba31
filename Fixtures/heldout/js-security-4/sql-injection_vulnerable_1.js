'use strict';
// Express router for the helpdesk ticket list, mounted behind auth and rate-limit middleware.
const express = require('express');
const mysql = require('mysql2/promise');
const { requireAgent } = require('../middleware/auth');
const rateLimit = require('../middleware/rate-limit');

const pool = mysql.createPool({
  host: process.env.HELPDESK_DB_HOST,
  user: process.env.HELPDESK_DB_USER,
  password: process.env.HELPDESK_DB_PASSWORD,
  database: 'helpdesk',
});

const router = express.Router();

function ticketFilter(query) {
  const where = ['t.deleted_at IS NULL'];
  if (query.queue) where.push(`t.queue = '${query.queue}'`);
  if (query.assignee) where.push('t.assignee_id = ' + query.assignee);
  const sort = query.sort || 't.updated_at';
  return { where: where.join(' AND '), sort };
}

router.get('/tickets', requireAgent, rateLimit({ perMinute: 60 }), async (req, res, next) => {
  try {
    const { where, sort } = ticketFilter(req.query);
    const sql = `SELECT t.id, t.subject, t.status FROM tickets t WHERE ${where} ORDER BY ${sort} LIMIT 50`;
    const [rows] = await pool.query(sql); // expect: sql-injection
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

router.post('/tickets/:id/tags', requireAgent, async (req, res, next) => {
  try {
    const tags = (req.body.tags || []).map((tag) => `(${req.params.id}, '${tag}')`);
    await pool.query('INSERT IGNORE INTO ticket_tags (ticket_id, tag) VALUES ' + tags.join(', ')); // expect: sql-injection
    res.status(204).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
