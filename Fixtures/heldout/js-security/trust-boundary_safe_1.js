'use strict';
const express = require('express');
const session = require('express-session');
const { findUser } = require('./users');
const { productBySku } = require('./catalog');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));
const LOCALES = new Set(['en', 'de', 'fr', 'es']);

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.email, req.body.password);
  if (!user) {
    res.status(401).end();
    return;
  }
  req.session.userId = user.id;
  req.session.isAdmin = user.roles.includes('admin');
  res.json({ ok: true });
});

app.post('/cart/price', async (req, res) => {
  const product = await productBySku(String(req.body.sku));
  if (!product) {
    res.status(404).end();
    return;
  }
  req.session.pendingItem = { sku: product.sku, price: product.price };
  res.json({ ok: true });
});

app.get('/lang', (req, res) => {
  if (LOCALES.has(req.query.lang)) {
    req.session.locale = req.query.lang;
  }
  res.redirect('/');
});

module.exports = app;
