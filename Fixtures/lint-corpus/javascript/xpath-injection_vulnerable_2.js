'use strict';
// Express router over an XML catalogue parsed with libxmljs.
const express = require('express');
const fs = require('fs');
const libxmljs = require('libxmljs');

const catalogue = libxmljs.parseXml(fs.readFileSync('/srv/catalogue.xml', 'utf8'));
const router = express.Router();

router.get('/books', (req, res) => {
  const nodes = catalogue.find(`//book[author='${req.query.author}']`); // expect: xpath-injection
  res.json(nodes.map((n) => n.text()));
});

module.exports = router;
