'use strict';

const express = require('express');
const { listContacts } = require('./contacts');

const router = express.Router();

function escapeRegExp(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

router.get('/contacts', async (req, res) => {
  const contacts = await listContacts(req.user.id);
  const matcher = new RegExp(escapeRegExp(req.query.q || ''), 'i');
  res.json(contacts.filter((c) => matcher.test(c.name) || matcher.test(c.email)));
});

router.post('/contacts/import', (req, res) => {
  const separator = [',', ';', '\t', '|'].includes(req.body.separator) ? req.body.separator : ',';
  const rows = String(req.body.csv).split('\n');
  const parsed = rows.map((row) => row.split(separator));
  res.json({ rows: parsed.length, columns: parsed[0] ? parsed[0].length : 0 });
});

module.exports = router;
