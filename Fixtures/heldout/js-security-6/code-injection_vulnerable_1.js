'use strict';

const vm = require('node:vm');

function compileRule(expression) {
  const body = 'return (' + expression + ');';
  return new Function('row', 'ctx', body); // expect: code-injection
}

module.exports = {
  name: 'pricing',
  actions: {
    evaluate: {
      params: { rule: 'string', rows: 'array' },
      handler(ctx) {
        const { rule, rows } = ctx.params;
        const check = compileRule(rule);
        return rows.filter((row) => check(row, { now: Date.now() }));
      },
    },
    preview: {
      params: { snippet: 'string', sample: 'object' },
      handler(ctx) {
        const source = `(function (item) { ${ctx.params.snippet} })(sample)`;
        const script = new vm.Script(source, { filename: 'preview.vm' });
        return script.runInNewContext({ sample: ctx.params.sample }, { timeout: 50 }); // expect: code-injection
      },
    },
  },
};
