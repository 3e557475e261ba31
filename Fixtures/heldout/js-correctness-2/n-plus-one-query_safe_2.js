const express = require("express");
const { Op } = require("sequelize");
const { Order, Customer } = require("./models");

const router = express.Router();

router.get("/orders/open", async (req, res, next) => {
  try {
    const orders = await Order.findAll({ where: { status: "open" }, limit: 50 });
    const ids = [...new Set(orders.map((o) => o.customerId))];
    const customers = await Customer.findAll({ where: { id: { [Op.in]: ids } } });
    const names = new Map(customers.map((c) => [c.id, c.name]));
    res.json(orders.map((o) => ({ id: o.id, total: o.total, customer: names.get(o.customerId) || "unknown" })));
  } catch (err) {
    next(err);
  }
});

router.get("/orders/:id", async (req, res) => {
  const order = await Order.findByPk(req.params.id, { include: [{ model: Customer, as: "customer" }] });
  res.json(order);
});

module.exports = router;
