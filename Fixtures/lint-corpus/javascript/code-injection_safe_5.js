// The same report builder with a fixed set of operations.
const OPERATIONS = { sum: (a, b) => a + b, diff: (a, b) => a - b };

function computeColumn(row, column) {
  const operation = OPERATIONS[column.operation];
  return operation ? operation(Number(row[column.left]), Number(row[column.right])) : null;
}

module.exports = { computeColumn };
