'use strict';
// Express app for the partner API: CORS set by the cors package and by a router middleware.
const express = require('express');
const cors = require('cors');
const { partnerRoutes } = require('./partners');

const app = express();

app.use(
  cors({
    origin: (origin, callback) => callback(null, origin || true), // expect: cors-misconfiguration
    credentials: true,
  }),
);

const legacy = express.Router();
legacy.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin); // expect: cors-misconfiguration
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});
legacy.get('/v1/balance', (req, res) => res.json({ balance: req.partner ? req.partner.balance : 0 }));

app.use('/api', partnerRoutes);
app.use('/legacy', legacy);

module.exports = app;
