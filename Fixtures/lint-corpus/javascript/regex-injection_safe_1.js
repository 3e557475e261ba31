const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');

const app = express();
app.use(express.json());
const products = require('./products.json');
const SKU = /^[A-Z]{3}-\d{4}$/;

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

app.get('/search', (req, res) => {
  const re = new RegExp(escapeStringRegexp(String(req.query.q)), 'i');
  res.json(products.filter((p) => re.test(p.name)));
});

app.get('/highlight', (req, res) => {
  const term = escapeRegExp(String(req.query.term));
  res.send(products[0].description.replace(new RegExp(`(${term})`, 'g'), '<mark>$1</mark>'));
});

app.post('/validate', (req, res) => {
  res.json({ ok: SKU.test(req.body.sku), found: req.body.text.includes(req.body.q) });
});

module.exports = app;
