const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();

function authenticate(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  const claims = jwt.decode(token); // expect: jwt
  if (!claims) return res.status(401).end();
  req.user = claims.sub;
  next();
}

function debugToken(sub) {
  return jwt.sign({ sub }, '', { algorithm: 'none' }); // expect: jwt
}

app.get('/me', authenticate, (req, res) => res.json({ user: req.user }));

module.exports = { app, debugToken };
