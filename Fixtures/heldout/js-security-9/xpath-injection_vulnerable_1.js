const fs = require('node:fs');
const { JSDOM } = require('jsdom');
const inquirer = require('inquirer');

const feed = new JSDOM(fs.readFileSync('catalogue.xml', 'utf8'), { contentType: 'text/xml' });
const { document, XPathResult } = feed.window;

function findProducts(brand, maxPrice) {
  const expression = `//product[brand="${brand}" and price <= ${maxPrice}]/name`;
  const result = document.evaluate(expression, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null); // expect: xpath-injection
  const names = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    names.push(result.snapshotItem(i).textContent);
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
