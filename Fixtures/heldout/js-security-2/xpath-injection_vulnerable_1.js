'use strict';
// Express endpoint over the supplier's product feed (XML)
const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const router = express.Router();
const feed = new DOMParser().parseFromString(fs.readFileSync('/srv/feeds/products.xml', 'utf8'), 'text/xml');

router.get('/feed/products/:sku', (req, res) => {
  const expr = `//product[@sku='${req.params.sku}']`;
  const node = xpath.select1(expr, feed); // expect: xpath-injection
  if (!node) return res.status(404).json({ error: 'not found' });
  return res.json({ name: xpath.select1('string(name)', node), price: xpath.select1('number(price)', node) });
});

router.get('/feed/search', (req, res) => {
  const parts = ['//product['];
  parts.push(`contains(name, '${req.query.term || ''}')`);
  if (req.query.brand) parts.push(` and brand='${req.query.brand}'`);
  parts.push(']/@sku');
  const skus = xpath.select(parts.join(''), feed).map((attr) => attr.value); // expect: xpath-injection
  res.json({ skus });
});

module.exports = router;
