'use strict';
// Cheerio scraper: collects prices and SKUs from saved product pages.
const cheerio = require('cheerio');
const fs = require('node:fs/promises');

async function scrape(files) {
  const pages = await Promise.all(files.map((file) => fs.readFile(file, 'utf8')));
  const products = [];
  for (const html of pages) {
    const $ = cheerio.load(html);
    const price = new RegExp('(\\d+[.,]\\d{2})\\s*€'); // expect: regex-in-loop
    const text = $('.price').first().text();
    const match = price.exec(text);
    products.push({
      title: $('h1').text().trim(),
      price: match ? Number(match[1].replace(',', '.')) : null,
      skus: $('[data-sku]')
        .map((_, el) => $(el).attr('data-sku'))
        .get()
        .filter((sku) => new RegExp('^[A-Z]{3}-\\d{4}$').test(sku)), // expect: regex-in-loop
    });
  }
  return products;
}

module.exports = { scrape };
