'use strict';
const cors = require('cors');
const express = require('express');

const app = express();

app.use(cors({ origin: true, credentials: true })); // expect: cors-misconfiguration

app.get('/api/account', (req, res) => {
  res.json({ id: 42, email: 'ada@example.com' });
});

const partner = express.Router();
partner.use((req, res, next) => {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin || '*'); // expect: cors-misconfiguration
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
  next();
});
partner.get('/orders', (req, res) => res.json([]));
app.use('/partner', partner);

module.exports = app;
