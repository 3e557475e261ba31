// Service actions of a message broker: the broker calls each action with a context whose
// params carry the caller's message.
module.exports = {
  name: "orders",
  actions: {
    async list(ctx) {
      const { customer, status } = ctx.params;
      let sql = `SELECT id, total FROM orders WHERE customer = '${customer}'`;
      if (status) sql += " AND status = '" + status + "'";
      return this.adapter.db.query(sql); // expect: sql-injection
    },
    async count(ctx) {
      return this.adapter.db.query("SELECT COUNT(*) FROM orders WHERE region = '" + ctx.params.region + "'"); // expect: sql-injection
    },
  },
};
