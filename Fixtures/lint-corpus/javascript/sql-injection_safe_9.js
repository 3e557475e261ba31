// The same actions with values bound and the sort column picked from a fixed set.
const SORTS = { newest: "created_at DESC", largest: "total DESC" };

module.exports = {
  name: "orders",
  actions: {
    async list(ctx) {
      const { customer, sort } = ctx.params;
      const order = SORTS[sort] || "id";
      return this.adapter.db.query(`SELECT id, total FROM orders WHERE customer = $1 ORDER BY ${order}`, [customer]);
    },
    async byIds(ctx) {
      const ids = ctx.params.ids;
      const marks = ids.map((_, i) => `$${i + 1}`).join(", ");
      return this.adapter.db.query(`SELECT id FROM orders WHERE id IN (${marks})`, ids);
    },
    async raw(ctx, statement, values) {
      return this.adapter.db.query(statement, values);
    },
  },
};
