// csv-stats.js (fixed) - NaN checks with Number.isNaN and the x !== x idiom avoided
const fs = require("node:fs");

function columnStats(rows, column) {
  let sum = 0;
  let count = 0;
  let invalid = 0;
  for (const row of rows) {
    const value = Number(row[column]);
    if (Number.isNaN(value)) {
      invalid++;
      continue;
    }
    sum += value;
    count++;
  }
  return { mean: count ? sum / count : NaN, invalid };
}

function label(stats) {
  return Number.isNaN(stats.mean) ? "no data" : stats.mean.toFixed(2);
}

const [file, column] = process.argv.slice(2);
const rows = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(","));
const stats = columnStats(rows.slice(1), Number(column));
console.log(label(stats), stats.invalid > 0 ? `${stats.invalid} invalid` : "", [NaN].includes(stats.mean));
