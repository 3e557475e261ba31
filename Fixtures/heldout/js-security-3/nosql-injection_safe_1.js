'use strict';

const express = require('express');
const sanitize = require('mongo-sanitize');
const { User, Product } = require('./models');

const router = express.Router();

router.post('/password/reset', async (req, res) => {
  const { email, token, newPassword } = sanitize(req.body);
  if (typeof email !== 'string' || typeof token !== 'string') {
    return res.status(400).json({ error: 'bad request' });
  }
  const user = await User.findOne({ email: { $eq: email }, resetToken: { $eq: token } });
  if (!user) return res.status(400).json({ error: 'invalid or expired token' });
  await user.setPassword(newPassword);
  res.json({ ok: true });
});

router.get('/products/cheap', async (req, res) => {
  const max = Number.parseFloat(req.query.max);
  const limit = Number.isFinite(max) ? max : 50;
  const products = await Product.find({ price: { $lte: limit }, stock: { $gt: 0 } }).limit(20).lean();
  res.json(products);
});

module.exports = router;
