const express = require('express');
const cookieParser = require('cookie-parser');
const serialize = require('node-serialize');

const app = express();
app.use(cookieParser());

app.get('/dashboard', (req, res) => {
  const prefs = serialize.unserialize(req.cookies.prefs || '{}'); // expect: unsafe-deserialization
  res.json({ theme: prefs.theme });
});

app.get('/restore', (req, res) => {
  const raw = Buffer.from(req.cookies.session, 'base64').toString('utf8');
  const session = serialize.unserialize(raw); // expect: unsafe-deserialization
  res.json({ user: session.user });
});

module.exports = app;
