'use strict';
// Express router over an XML catalogue parsed with libxmljs: variables, not pasted text.
const express = require('express');
const fs = require('fs');
const libxmljs = require('libxmljs');

const catalogue = libxmljs.parseXml(fs.readFileSync('/srv/catalogue.xml', 'utf8'));
const router = express.Router();
const cache = new Map();

router.get('/books', (req, res) => {
  const nodes = catalogue.find('//book[author=$author]', { author: String(req.query.author) });
  cache.set(String(req.query.author), nodes.length);
  res.json({ titles: nodes.map((n) => n.text()), seen: cache.get(String(req.query.author)) });
});

module.exports = router;
