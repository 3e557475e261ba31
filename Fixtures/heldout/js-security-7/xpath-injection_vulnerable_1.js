#!/usr/bin/env node
'use strict';
// Catalogue CLI: prints a product from the supplier's XML feed (xpath + @xmldom/xmldom).
const fs = require('node:fs');
const { DOMParser } = require('@xmldom/xmldom');
const xpath = require('xpath');

const [feedFile, sku] = process.argv.slice(2);
if (!feedFile || !sku) {
  process.stderr.write('usage: product <feed.xml> <sku>\n');
  process.exit(2);
}

const doc = new DOMParser().parseFromString(fs.readFileSync(feedFile, 'utf8'), 'text/xml');
const expression = "//product[@sku='" + sku + "']/name/text()";
const names = xpath.select(expression, doc); // expect: xpath-injection

for (const name of names) {
  process.stdout.write(String(name.nodeValue) + '\n');
}
