'use strict';

const express = require('express');
const session = require('express-session');
const { Product, Team } = require('./models');

const app = express();
app.use(express.json());
app.use(
  session({
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }),
);

app.post('/onboarding/team', async (req, res) => {
  const team = await Team.findOne({ where: { slug: String(req.body.team), orgId: req.user.orgId } });
  if (!team) return res.status(404).json({ error: 'unknown team' });
  req.session.teamId = team.id;
  res.json({ next: '/onboarding/billing' });
});

app.post('/cart/items', async (req, res) => {
  const product = await Product.findByPk(String(req.body.sku));
  if (!product) return res.status(404).json({ error: 'unknown product' });
  const qty = Math.min(Math.max(Number.parseInt(req.body.qty, 10) || 1, 1), 99);
  const cart = req.session.cart || [];
  cart.push({ sku: product.sku, price: product.price, qty });
  req.session.cart = cart;
  res.status(201).json({ items: cart.length });
});

module.exports = app;
