'use strict';

const express = require('express');
const { User, Product } = require('./models');

const router = express.Router();

router.post('/password/reset', async (req, res) => {
  const user = await User.findOne({ email: req.body.email, resetToken: req.body.token }); // expect: nosql-injection
  if (!user) return res.status(400).json({ error: 'invalid or expired token' });
  await user.setPassword(req.body.newPassword);
  res.json({ ok: true });
});

router.get('/products/cheap', async (req, res) => {
  const max = req.query.max || '50';
  const predicate = `this.price <= ${max} && this.stock > 0`;
  const products = await Product.find({ $where: predicate }).limit(20).lean(); // expect: nosql-injection
  res.json(products);
});

module.exports = router;
