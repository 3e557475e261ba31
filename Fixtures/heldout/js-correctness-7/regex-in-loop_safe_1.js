'use strict';
// Cheerio scraper: patterns compiled once at module level.
const cheerio = require('cheerio');
const fs = require('node:fs/promises');

const PRICE = /(\d+[.,]\d{2})\s*€/;
const SKU = new RegExp('^[A-Z]{3}-\\d{4}$');

async function scrape(files) {
  const pages = await Promise.all(files.map((file) => fs.readFile(file, 'utf8')));
  const products = [];
  for (const html of pages) {
    const $ = cheerio.load(html);
    const match = PRICE.exec($('.price').first().text());
    products.push({
      title: $('h1').text().trim(),
      price: match ? Number(match[1].replace(',', '.')) : null,
      skus: $('[data-sku]')
        .map((_, el) => $(el).attr('data-sku'))
        .get()
        .filter((sku) => SKU.test(sku)),
    });
  }
  return products;
}

module.exports = { scrape };
