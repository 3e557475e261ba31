const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.get('/calc', (req, res) => {
  const expression = req.query.expr;
  const result = eval(expression); // expect: code-injection
  res.json({ result });
});

app.post('/rules', (req, res) => {
  const body = req.body.rule;
  const check = new Function('order', 'return ' + body); // expect: code-injection
  res.json({ matches: check({ total: 120 }) });
});

app.post('/sandbox', (req, res) => {
  const script = `result = (${req.body.code});`;
  const context = { result: null };
  vm.runInNewContext(script, context); // expect: code-injection
  res.json({ result: context.result });
});

module.exports = app;
