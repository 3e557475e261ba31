'use strict';
const fs = require('fs');
const express = require('express');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const app = express();
const doc = new DOMParser().parseFromString(fs.readFileSync('./data/staff.xml', 'utf8'), 'text/xml');

function staffQuery(filters) {
  let expr = '//employee';
  if (filters.dept) {
    expr += `[department='${filters.dept}']`;
  }
  if (filters.name) {
    expr += "[contains(name, '" + filters.name + "')]";
  }
  return expr;
}

app.get('/staff', (req, res) => {
  const nodes = xpath.select(staffQuery(req.query), doc); // expect: xpath-injection
  res.json(nodes.map((n) => xpath.select1('string(name)', n)));
});

app.post('/staff/login', express.urlencoded({ extended: false }), (req, res) => {
  const { user, pin } = req.body;
  const match = xpath.select1(`//employee[login='${user}' and pin='${pin}']/@id`, doc); // expect: xpath-injection
  res.status(match ? 200 : 401).json({ id: match ? match.value : null });
});

module.exports = app;
