const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const JWT_SECRET = process.env.JWT_SECRET || '';
const DEFAULT_PASSWORD = 'changeme';
const PASSWORD_FIELD = 'password';
const API_KEY_HEADER = 'x-api-key';

app.post('/token', (req, res) => {
  if (!JWT_SECRET || req.body[PASSWORD_FIELD] === DEFAULT_PASSWORD) {
    res.sendStatus(403);
    return;
  }
  const token = jwt.sign({ sub: req.body.user }, JWT_SECRET, { expiresIn: '1h' });
  res.set(API_KEY_HEADER, 'redacted').json({ token });
});

module.exports = app;
