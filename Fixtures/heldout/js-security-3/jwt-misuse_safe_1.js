'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const { Invoice } = require('./models');

const router = express.Router();
const VERIFY_OPTIONS = { algorithms: ['HS256'], issuer: 'billing-auth', audience: 'billing-api' };

function requireAdmin(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  let claims;
  try {
    claims = jwt.verify(token, process.env.JWT_SECRET, VERIFY_OPTIONS);
  } catch {
    return res.status(401).json({ error: 'invalid token' });
  }
  if (!Array.isArray(claims.roles) || !claims.roles.includes('admin')) {
    return res.status(403).json({ error: 'admins only' });
  }
  req.admin = claims.sub;
  next();
}

router.delete('/invoices/:id', requireAdmin, async (req, res) => {
  await Invoice.destroy({ where: { id: req.params.id } });
  res.status(204).end();
});

module.exports = router;
