const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('serialize-javascript');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  const prefs = JSON.parse(req.cookies.prefs || '{}');
  const state = serialize({ theme: prefs.theme }, { isJSON: true });
  res.send(`<script>window.__STATE__ = ${state};</script>`);
});

app.get('/restore', (req, res) => {
  const raw = Buffer.from(req.cookies.session, 'base64').toString('utf8');
  const session = JSON.parse(raw);
  res.json({ user: session.user });
});

module.exports = app;
