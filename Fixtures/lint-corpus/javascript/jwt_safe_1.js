const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const SECRET = process.env.JWT_SECRET;

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  try {
    req.user = jwt.verify(token, SECRET, { algorithms: ['HS256'] }).sub;
    next();
  } catch (err) {
    res.status(401).end();
  }
}

function issue(sub) {
  return jwt.sign({ sub }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
}

function kidOf(token) {
  return jwt.decode(token, { complete: true }).header.kid;
}

app.get('/me', authenticate, (req, res) => res.json({ user: req.user }));

module.exports = { app, issue, kidOf };
