'use strict';

const express = require('express');

const app = express();
app.use(express.json());

const RULES = {
  bulk: (ctx) => (ctx.quantity >= 10 ? ctx.basePrice * 0.9 : ctx.basePrice),
  member: (ctx) => ctx.basePrice * 0.95,
  none: (ctx) => ctx.basePrice,
};

app.post('/settings/import', (req, res) => {
  let settings;
  try {
    settings = JSON.parse(req.body.settings);
  } catch {
    return res.status(400).json({ error: 'settings must be JSON' });
  }
  res.json({ imported: Object.keys(settings).length });
});

app.post('/pricing/simulate', (req, res) => {
  const rule = Object.hasOwn(RULES, req.body.rule) ? RULES[req.body.rule] : RULES.none;
  const quantity = Number.parseInt(req.body.quantity, 10) || 1;
  res.json({ price: rule({ basePrice: 100, quantity }) * quantity });
});

module.exports = app;
