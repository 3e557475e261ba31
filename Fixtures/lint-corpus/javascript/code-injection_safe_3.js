const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

const PRICING_SCRIPT = new vm.Script('price * qty * (1 - discount)');

app.post('/pricing/preview', (req, res) => {
  const context = { price: Number(req.body.price), qty: Number(req.body.qty), discount: 0.1 };
  const total = PRICING_SCRIPT.runInNewContext(context);
  res.json({ total });
});

app.post('/settings', (req, res) => {
  const settings = JSON.parse(req.body.raw);
  setTimeout(() => res.json({ saved: Object.keys(settings).length }), 10);
});

app.get('/sum', (req, res) => {
  const add = new Function('a', 'b', 'return a + b');
  res.json({ sum: add(Number(req.query.a), Number(req.query.b)) });
});

module.exports = app;
