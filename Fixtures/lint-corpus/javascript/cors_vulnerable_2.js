'use strict';
// api.js -- one API for the web app, the admin panel and embeds
const express = require('express');
const cors = require('cors');

const app = express();

app.use(cors({
  origin: (requestOrigin, cb) => cb(null, requestOrigin || true), // expect: cors
  credentials: true,
  maxAge: 600,
}));

app.get('/api/me', (req, res) => res.json({ id: req.user && req.user.id }));

module.exports = app;
