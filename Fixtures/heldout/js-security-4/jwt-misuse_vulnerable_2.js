'use strict';
// Express middleware chain: the API accepts tokens from two identity providers.
const express = require('express');
const jwt = require('jsonwebtoken');
const { publicKeyFor } = require('./idp-keys');

function authenticate(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded) return res.status(401).end();
  try {
    req.user = jwt.verify(token, publicKeyFor(decoded.payload.iss), { // expect: jwt-misuse
      algorithms: [decoded.header.alg],
      audience: 'projects-api',
    });
    return next();
  } catch {
    return res.status(401).end();
  }
}

const router = express.Router();
router.use(authenticate);
router.get('/projects', (req, res) => res.json({ owner: req.user.sub, projects: [] }));

module.exports = router;
