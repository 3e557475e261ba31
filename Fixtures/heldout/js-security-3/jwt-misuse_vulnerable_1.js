'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const { Invoice } = require('./models');

const router = express.Router();

function requireAdmin(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  const claims = jwt.decode(token); // expect: jwt-misuse
  if (!claims || !claims.roles || !claims.roles.includes('admin')) {
    return res.status(403).json({ error: 'admins only' });
  }
  req.admin = claims.sub;
  next();
}

router.delete('/invoices/:id', requireAdmin, async (req, res) => {
  await Invoice.destroy({ where: { id: req.params.id } });
  res.status(204).end();
});

router.post('/preview-token', (req, res) => {
  const claims = { sub: String(req.body.userId), scope: 'preview' };
  const token = jwt.sign(claims, '', { algorithm: 'none', expiresIn: '10m' }); // expect: jwt-misuse
  res.json({ token });
});

module.exports = router;
