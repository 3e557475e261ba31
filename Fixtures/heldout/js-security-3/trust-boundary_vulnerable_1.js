'use strict';

const express = require('express');
const session = require('express-session');

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

app.post('/onboarding/profile', (req, res) => {
  const { displayName, team, isManager } = req.body;
  req.session.profile = { displayName, team, isManager }; // expect: trust-boundary
  res.json({ next: '/onboarding/billing' });
});

app.post('/cart/items', (req, res) => {
  const cart = req.session.cart || [];
  cart.push({ sku: req.body.sku, price: req.body.price, qty: req.body.qty });
  req.session.cart = cart; // expect: trust-boundary
  res.status(201).json({ items: cart.length });
});

module.exports = app;
