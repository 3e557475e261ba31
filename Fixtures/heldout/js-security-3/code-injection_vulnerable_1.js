'use strict';

const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.text({ type: ['text/plain', 'application/javascript'] }));
app.use(express.urlencoded({ extended: false }));

app.post('/settings/import', (req, res) => {
  // legacy clients send a JavaScript object literal, not strict JSON
  const settings = eval('(' + req.body.settings + ')'); // expect: code-injection
  res.json({ imported: Object.keys(settings).length });
});

app.post('/pricing/simulate', (req, res) => {
  const context = { basePrice: 100, quantity: Number(req.query.qty) || 1, result: null };
  const script = `result = ${req.body};`;
  vm.runInNewContext(script, context, { timeout: 50 }); // expect: code-injection
  res.json({ price: context.result });
});

module.exports = app;
