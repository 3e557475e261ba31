const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/profile', (req, res) => {
  const raw = Buffer.from(req.cookies.profile || 'e30=', 'base64').toString();
  const profile = JSON.parse(raw);
  res.json({ name: profile.name });
});

app.get('/export', (_req, res) => {
  res.type('text/plain').send(serialize.serialize({ exportedAt: Date.now() }));
});

module.exports = app;
