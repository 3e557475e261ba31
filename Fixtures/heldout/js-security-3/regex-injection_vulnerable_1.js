'use strict';

const express = require('express');
const { listContacts } = require('./contacts');

const router = express.Router();

router.get('/contacts', async (req, res) => {
  const contacts = await listContacts(req.user.id);
  const term = req.query.q || '';
  const matcher = new RegExp(term, 'i'); // expect: regex-injection
  res.json(contacts.filter((c) => matcher.test(c.name) || matcher.test(c.email)));
});

router.post('/contacts/import', (req, res) => {
  const separator = req.body.separator || ',';
  const rows = String(req.body.csv).split('\n');
  const parsed = rows.map((row) => row.split(RegExp(separator))); // expect: regex-injection
  res.json({ rows: parsed.length, columns: parsed[0] ? parsed[0].length : 0 });
});

module.exports = router;
