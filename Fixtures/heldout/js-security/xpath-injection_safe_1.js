'use strict';
const fs = require('fs');
const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('./data/staff.xml', 'utf8'), 'text/xml');
const BY_DEPT = xpath.parse("//employee[department=$dept][contains(name, $name)]");
const LOGIN = xpath.parse('//employee[login=$user and pin=$pin]/@id');

app.get('/staff', (req, res) => {
  const nodes = BY_DEPT.select({
    node: doc,
    variables: { dept: String(req.query.dept || ''), name: String(req.query.name || '') },
  });
  res.json(nodes.map((n) => xpath.select1('string(name)', n)));
});

app.post('/staff/login', express.urlencoded({ extended: false }), (req, res) => {
  const { user, pin } = req.body;
  const match = LOGIN.select1({ node: doc, variables: { user: String(user), pin: String(pin) } });
  res.status(match ? 200 : 401).json({ id: match ? match.value : null });
});

app.get('/staff/count', (req, res) => {
  const count = xpath.select('count(//employee[active="true"])', doc);
  res.json({ count });
});

module.exports = app;
