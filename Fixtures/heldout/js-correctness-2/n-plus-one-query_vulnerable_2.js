const express = require("express");
const { Order, Customer } = require("./models");

const router = express.Router();

router.get("/orders/open", async (req, res, next) => {
  try {
    const orders = await Order.findAll({ where: { status: "open" }, limit: 50 });
    const rows = await Promise.all(
      orders.map((order) =>
        Customer.findByPk(order.customerId).then((customer) => ({  // expect: n-plus-one-query
          id: order.id,
          total: order.total,
          customer: customer ? customer.name : "unknown",
        })),
      ),
    );
    res.json(rows);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
