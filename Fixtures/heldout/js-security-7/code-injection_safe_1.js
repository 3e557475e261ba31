'use strict';
// JSON-RPC 2.0 service (jayson): pricing rules from a fixed operator table.
const jayson = require('jayson');
const { loadRules } = require('./rules-store');

const OPERATORS = {
  percent: (order, amount) => (order.total * amount) / 100,
  fixed: (_order, amount) => amount,
  perItem: (order, amount) => order.items.length * amount,
};

function compileDiscount(rule) {
  if (!Object.prototype.hasOwnProperty.call(OPERATORS, rule.kind)) {
    throw new Error('unknown rule kind');
  }
  const amount = Number(rule.amount);
  if (!Number.isFinite(amount) || amount < 0 || amount > 1000) {
    throw new Error('amount out of range');
  }
  const op = OPERATORS[rule.kind];
  return (order) => op(order, amount);
}

const server = new jayson.Server({
  async previewDiscount(args, callback) {
    try {
      const apply = compileDiscount({ kind: args.kind, amount: args.amount });
      callback(null, { discount: apply(args.order) });
    } catch (err) {
      callback({ code: -32000, message: err.message });
    }
  },

  async evaluateStored(args, callback) {
    const rules = await loadRules(args.tenant);
    const apply = compileDiscount(rules);
    callback(null, { total: args.order.total - apply(args.order) });
  },
});

server.http().listen(Number(process.env.RPC_PORT || 3030));
