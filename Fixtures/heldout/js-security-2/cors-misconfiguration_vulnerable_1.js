'use strict';
// server.js -- Express API shared by the web app and partner integrations
const express = require('express');
const cors = require('cors');
const session = require('express-session');

const app = express();

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'none' },
}));

app.use('/api', cors({
  origin: (origin, callback) => callback(null, origin || true), // expect: cors-misconfiguration
  credentials: true,
}));

app.get('/embed/account.js', (req, res) => {
  res.set('Access-Control-Allow-Origin', req.get('origin') || '*'); // expect: cors-misconfiguration
  res.set('Access-Control-Allow-Credentials', 'true');
  res.type('application/javascript').send(`window.__ACCOUNT__ = ${JSON.stringify({ id: req.session.userId || null })};`);
});

module.exports = app;
