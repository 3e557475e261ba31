'use strict';
// Express router for the helpdesk ticket list with placeholders and a sort allow-list.
const express = require('express');
const mysql = require('mysql2/promise');
const { requireAgent } = require('../middleware/auth');

const pool = mysql.createPool({
  host: process.env.HELPDESK_DB_HOST,
  user: process.env.HELPDESK_DB_USER,
  password: process.env.HELPDESK_DB_PASSWORD,
  database: 'helpdesk',
});

const SORTS = {
  updated: 't.updated_at DESC',
  created: 't.created_at DESC',
  priority: 't.priority DESC, t.updated_at DESC',
};

const router = express.Router();

router.get('/tickets', requireAgent, async (req, res, next) => {
  try {
    const where = ['t.deleted_at IS NULL'];
    const params = [];
    if (typeof req.query.queue === 'string') {
      where.push('t.queue = ?');
      params.push(req.query.queue);
    }
    if (req.query.assignee) {
      where.push('t.assignee_id = ?');
      params.push(Number.parseInt(String(req.query.assignee), 10));
    }
    const order = SORTS[String(req.query.sort)] || SORTS.updated;
    const sql = `SELECT t.id, t.subject, t.status FROM tickets t WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT 50`;
    const [rows] = await pool.execute(sql, params);
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
