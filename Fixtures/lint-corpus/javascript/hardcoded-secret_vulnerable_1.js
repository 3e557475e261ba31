const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const JWT_SECRET = 'c9f1e7a2b8d34f6e9a0b5c7d2e4f8a1b'; // expect: hardcoded-secret

app.post('/token', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.get('/refresh', (req, res) => {
  const token = jwt.sign({ sub: req.query.user }, 'r3fr3sh-S3cret-K3y-2024!xQ9', { expiresIn: '7d' }); // expect: hardcoded-secret
  res.json({ token });
});

module.exports = app;
