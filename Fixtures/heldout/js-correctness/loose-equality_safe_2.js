// orders.js (fixed) - ids parsed once, `== null` kept as the null-or-undefined check
const orders = [
  { id: 1, status: "new", total: 12.5 },
  { id: 2, status: "delivered", total: 30 },
];

function findOrder(id) {
  const wanted = Number.parseInt(id, 10);
  return orders.find((o) => o.id === wanted);
}

function canCancel(order) {
  return order.status !== "delivered" && order.total !== 0;
}

function handle(req, res) {
  const order = findOrder(req.params.id);
  if (order == null || req.query.force === "true") {
    res.statusCode = 404;
    return res.end();
  }
  res.end(JSON.stringify({ order, cancellable: canCancel(order) }));
}

module.exports = { handle };
