// Computed columns of a report builder: each column definition carries a formula.
const vm = require("vm");

function computeColumn(row, column) {
  const code = "(" + column.formula + ")";
  return vm.runInNewContext(code, { row }); // expect: code-injection
}

module.exports = { computeColumn };
