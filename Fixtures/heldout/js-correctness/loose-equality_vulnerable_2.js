// orders.js - order lookup for the pizza shop API (Node)
const orders = [
  { id: 1, status: "new", total: 12.5 },
  { id: 2, status: "delivered", total: 30 },
];

function findOrder(id) {
  return orders.find((o) => o.id == id); // expect: loose-equality
}

function canCancel(order) {
  return order.status != "delivered" && order.total != 0; // expect: loose-equality
}

function handle(req, res) {
  const order = findOrder(req.params.id);
  if (order == undefined || req.query.force == true) { // expect: loose-equality
    res.statusCode = 404;
    return res.end();
  }
  res.end(JSON.stringify({ order, cancellable: canCancel(order) }));
}

module.exports = { handle };
