function orderSummary(order) {
  const total = order.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const tax = total * 0.2;
  return { total, tax };
}

function parseRow(row) {
  const [name, , email] = row.split(',');
  return { name, email: email.trim() };
}

function makeCounter() {
  let count = 0;
  return () => {
    count += 1;
    return count;
  };
}

module.exports = { orderSummary, parseRow, makeCounter };
