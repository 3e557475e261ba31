const express = require('express');

const app = express();
app.use(express.json());

const OPERATIONS = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
};

app.get('/calc', (req, res) => {
  const operation = OPERATIONS[req.query.op] || OPERATIONS.add;
  const result = operation(Number(req.query.a), Number(req.query.b));
  res.json({ result });
});

app.post('/rules', (req, res) => {
  const rule = JSON.parse(req.body.rule);
  res.json({ matches: 120 >= rule.minimumTotal });
});

module.exports = app;
