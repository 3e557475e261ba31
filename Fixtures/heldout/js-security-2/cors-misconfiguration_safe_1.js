'use strict';
// server.js -- Express API: credentials only for the company's own front-ends
const express = require('express');
const cors = require('cors');

const app = express();
const TRUSTED = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use('/api', cors({
  origin: (origin, callback) => callback(null, TRUSTED.has(origin) ? origin : false),
  credentials: true,
}));

app.use('/public', cors({ origin: '*' }));

app.get('/public/status.json', (req, res) => {
  res.json({ ok: true, time: new Date().toISOString() });
});

app.get('/embed/widget.js', (req, res) => {
  const origin = req.get('origin');
  if (TRUSTED.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.set('Vary', 'Origin');
  }
  res.type('application/javascript').send('window.__WIDGET__ = true;');
});

module.exports = app;
