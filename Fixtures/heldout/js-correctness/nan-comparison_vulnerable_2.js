// csv-stats.js - column statistics for the data-science intro (Node)
const fs = require("node:fs");

function columnStats(rows, column) {
  let sum = 0;
  let count = 0;
  let invalid = 0;
  for (const row of rows) {
    const value = Number(row[column]);
    if (value == NaN) { // expect: nan-comparison
      invalid++;
      continue;
    }
    sum += value;
    count++;
  }
  return { mean: count ? sum / count : NaN, invalid };
}

function label(stats) {
  switch (stats.mean) {
    case NaN: // expect: nan-comparison
      return "no data";
    default:
      return stats.mean.toFixed(2);
  }
}

const [file, column] = process.argv.slice(2);
const rows = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => l.split(","));
console.log(label(columnStats(rows.slice(1), Number(column))));
