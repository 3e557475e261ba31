'use strict';

const cors = require('cors');
const express = require('express');

const app = express();
const TRUSTED = new Set((process.env.CORS_ORIGINS || 'https://app.example.com').split(','));

app.use(
  '/api',
  cors({
    origin(origin, callback) {
      callback(null, !origin || TRUSTED.has(origin));
    },
    credentials: true,
  }),
);

app.use('/public', cors({ origin: '*' }));
app.get('/public/status', (req, res) => res.json({ ok: true }));
app.get('/api/account', (req, res) => res.json({ id: req.user.id }));

module.exports = app;
