'use strict';
// JSON-RPC 2.0 service (jayson): pricing rules evaluated for the back office.
const jayson = require('jayson');
const vm = require('node:vm');
const { loadRules } = require('./rules-store');

function compileDiscount(rule) {
  const source = 'return ' + rule.expression + ';';
  return new Function('order', 'customer', source); // expect: code-injection
}

const server = new jayson.Server({
  async previewDiscount(args, callback) {
    try {
      const apply = compileDiscount({ expression: args.expression });
      callback(null, { discount: apply(args.order, args.customer) });
    } catch (err) {
      callback({ code: -32000, message: err.message });
    }
  },

  async evaluateStored(args, callback) {
    const rules = await loadRules(args.tenant);
    const sandbox = { order: args.order, total: 0 };
    const script = `total = ${rules.formula};`;
    vm.runInNewContext(script, sandbox, { timeout: 50 }); // expect: code-injection
    callback(null, { total: sandbox.total });
  },
});

server.http().listen(Number(process.env.RPC_PORT || 3030));
