function summarize(orders) {
  const count = orders.length; // expect: unused-variable
  const total = orders.reduce((sum, order) => sum + order.amount, 0);
  const [first, last] = [orders[0], orders[orders.length - 1]]; // expect: unused-variable
  return { total, first };
}

module.exports = { summarize };
