function orderSummary(order) {
  const total = order.lines.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const tax = total * 0.2; // expect: unused-variable
  const shipping = total < 50 ? 4.99 : 0;
  return { total: total + shipping };
}

function parseRow(row) {
  const [name, age, email] = row.split(','); // expect: unused-variable
  return { name, age: Number(age) };
}

module.exports = { orderSummary, parseRow };
