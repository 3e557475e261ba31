#!/usr/bin/env node
'use strict';
// Catalogue CLI: a constant expression; the SKU is compared in JavaScript.
const fs = require('node:fs');
const { DOMParser } = require('@xmldom/xmldom');
const xpath = require('xpath');

const [feedFile, sku] = process.argv.slice(2);
if (!feedFile || !sku) {
  process.stderr.write('usage: product <feed.xml> <sku>\n');
  process.exit(2);
}

const doc = new DOMParser().parseFromString(fs.readFileSync(feedFile, 'utf8'), 'text/xml');
const products = xpath.select('//product', doc);
const match = products.find((product) => product.getAttribute('sku') === sku);

if (match) {
  const name = xpath.select1('string(name)', match);
  process.stdout.write(String(name) + '\n');
}
