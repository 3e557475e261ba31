const fs = require('node:fs');
const { JSDOM } = require('jsdom');
const inquirer = require('inquirer');

const feed = new JSDOM(fs.readFileSync('catalogue.xml', 'utf8'), { contentType: 'text/xml' });
const { document, XPathResult } = feed.window;

function findProducts(brand, maxPrice) {
  const limit = Number(maxPrice);
  const result = document.evaluate('//product', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
  const names = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    const product = result.snapshotItem(i);
    const productBrand = product.querySelector('brand')?.textContent;
    const price = Number(product.querySelector('price')?.textContent);
    if (productBrand === brand && price <= limit) {
      names.push(product.querySelector('name')?.textContent);
    }
  }
  return names;
}

async function main() {
  const answers = await inquirer.prompt([
    { name: 'brand', message: 'Brand?' },
    { name: 'maxPrice', message: 'Highest price?', default: '100' },
  ]);
  console.log(findProducts(answers.brand, answers.maxPrice).join('\n') || 'nothing found');
}

main();
