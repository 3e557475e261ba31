'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.user = jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'web' });
    next();
  } catch {
    res.status(401).end();
  }
}

function requireAdmin(req, res, next) {
  jwt.verify(req.cookies.admin, PUBLIC_KEY, { algorithms: ['RS256'] }, (err, claims) => {
    if (err || !claims.admin) {
      res.status(403).end();
      return;
    }
    req.admin = claims;
    next();
  });
}

app.get('/me', requireUser, (req, res) => res.json({ sub: req.user.sub }));
app.get('/admin/stats', requireAdmin, (req, res) => res.json({ by: req.admin.sub }));
app.get('/debug/token', (req, res) => {
  const decoded = jwt.decode(String(req.query.t || ''), { complete: true });
  res.json({ alg: decoded ? decoded.header.alg : null });
});

module.exports = app;
