'use strict';
// Express endpoint over the supplier's product feed, validated identifiers
const express = require('express');
const fs = require('fs');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const router = express.Router();
const feed = new DOMParser().parseFromString(fs.readFileSync('/srv/feeds/products.xml', 'utf8'), 'text/xml');
const SKU_RE = /^[A-Z0-9-]{4,20}$/;
const BRANDS = new Set(['acme', 'globex', 'initech']);

router.get('/feed/products/:sku', (req, res) => {
  const sku = req.params.sku;
  if (!SKU_RE.test(sku)) return res.status(400).json({ error: 'bad sku' });
  const node = xpath.select1(`//product[@sku='${sku}']`, feed);
  if (!node) return res.status(404).json({ error: 'not found' });
  return res.json({ name: xpath.select1('string(name)', node), price: xpath.select1('number(price)', node) });
});

router.get('/feed/search', (req, res) => {
  const term = String(req.query.term || '').toLowerCase();
  const brand = BRANDS.has(req.query.brand) ? req.query.brand : null;
  const expr = brand ? `//product[brand='${brand}']` : '//product';
  const skus = xpath
    .select(expr, feed)
    .filter((p) => String(xpath.select1('string(name)', p)).toLowerCase().includes(term))
    .map((p) => p.getAttribute('sku'));
  res.json({ skus });
});

module.exports = router;
