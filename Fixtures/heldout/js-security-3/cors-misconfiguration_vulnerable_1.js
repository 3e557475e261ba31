'use strict';

const cors = require('cors');
const express = require('express');

const app = express();
app.use('/api', cors({ origin: true, credentials: true })); // expect: cors-misconfiguration

const legacy = express.Router();
legacy.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin); // expect: cors-misconfiguration
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST,DELETE');
  }
  if (req.method === 'OPTIONS') return res.sendStatus(204);
  next();
});
legacy.get('/account', (req, res) => res.json({ id: req.user.id, email: req.user.email }));

app.use('/v1', legacy);
module.exports = app;
