'use strict';

const OPERATORS = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  eq: (a, b) => a === b,
};

function compileRule(rule) {
  if (!Object.prototype.hasOwnProperty.call(OPERATORS, rule.op)) {
    throw new Error('unknown operator');
  }
  const field = String(rule.field);
  const limit = Number(rule.value);
  if (!/^[a-z][a-zA-Z]{0,30}$/.test(field) || !Number.isFinite(limit)) {
    throw new Error('invalid rule');
  }
  const compare = OPERATORS[rule.op];
  return (row) => compare(Number(row[field]), limit);
}

module.exports = {
  name: 'pricing',
  actions: {
    evaluate: {
      params: { rule: 'object', rows: 'array' },
      handler(ctx) {
        const check = compileRule(ctx.params.rule);
        return ctx.params.rows.filter((row) => check(row));
      },
    },
  },
};
