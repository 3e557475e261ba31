const fs = require("fs");
const path = require("path");  // expect: unused-variable
const { parse } = require("csv-parse/sync");

function loadExpenses(file) {
  const raw = fs.readFileSync(file, "utf8");
  const rows = parse(raw, { columns: true, skip_empty_lines: true });
  const currency = rows.length > 0 ? rows[0].currency : "EUR";  // expect: unused-variable
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}

function byCategory(expenses) {
  const totals = {};
  for (const { category, amount, date } of expenses) {  // expect: unused-variable
    totals[category] = (totals[category] || 0) + amount;
  }
  return totals;
}

function printReport(totals) {  // expect: unused-variable
  for (const [category, amount] of Object.entries(totals)) {
    console.log(`${category.padEnd(14)} ${amount.toFixed(2)}`);
  }
}

module.exports = { loadExpenses, byCategory };
