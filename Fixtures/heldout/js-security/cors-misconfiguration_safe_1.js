'use strict';
const cors = require('cors');
const express = require('express');

const app = express();
const ALLOWED = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use('/public', cors());
app.use('/api', cors({
  origin(origin, callback) {
    callback(null, ALLOWED.has(origin));
  },
  credentials: true,
}));

app.get('/public/status', (req, res) => res.json({ ok: true }));
app.get('/api/account', (req, res) => {
  res.json({ id: 42, email: 'ada@example.com' });
});

const partner = express.Router();
partner.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});
partner.get('/orders', (req, res) => res.json([]));
app.use('/partner', partner);

module.exports = app;
