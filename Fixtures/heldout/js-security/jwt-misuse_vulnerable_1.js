'use strict';
const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.decode(token); // expect: jwt-misuse
  if (!claims || !claims.sub) {
    res.status(401).end();
    return;
  }
  req.user = claims;
  next();
}

function requireAdmin(req, res, next) {
  jwt.verify(req.cookies.admin, PUBLIC_KEY, { algorithms: ['RS256', 'none'] }, (err, claims) => { // expect: jwt-misuse
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

module.exports = app;
