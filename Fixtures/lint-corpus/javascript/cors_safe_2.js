'use strict';
// api.js -- credentials only for the origins the company runs
const express = require('express');
const cors = require('cors');

const app = express();
const ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

app.use(cors({
  origin: (requestOrigin, cb) => cb(null, ORIGINS.has(requestOrigin)),
  credentials: true,
}));

app.use('/public', cors({ origin: (requestOrigin, cb) => cb(null, true) }));

module.exports = app;
