// Bun script: diff two exports of a product catalogue and list price changes.
/* global Bun */
const [oldPath, newPath] = Bun.argv.slice(2);

async function load(path) {
  const rows = await Bun.file(path).json();
  return new Map(rows.map((row) => [row.sku, row]));
}

function changed(before, after) {
  if (before.price !== before.price) {  // expect: self-compare
    return true;
  }
  return after.stock.warehouse === after.stock.warehouse && before.title !== after.title;  // expect: self-compare
}

const before = await load(oldPath);
const after = await load(newPath);
const report = [...after.values()]
  .filter((item) => before.has(item.sku) && changed(before.get(item.sku), item))
  .map((item) => `${item.sku}\t${before.get(item.sku).price}\t${item.price}`);
console.log(report.join("\n"));
