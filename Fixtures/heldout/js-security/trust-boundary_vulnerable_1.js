'use strict';
const express = require('express');
const session = require('express-session');
const { findUser } = require('./users');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.post('/login', async (req, res) => {
  const user = await findUser(req.body.email, req.body.password);
  if (!user) {
    res.status(401).end();
    return;
  }
  req.session.userId = user.id;
  req.session.isAdmin = req.body.admin === true; // expect: trust-boundary
  res.json({ ok: true });
});

app.post('/cart/price', (req, res) => {
  const { sku, price } = req.body;
  const cart = { sku, price };
  req.session.pendingItem = cart; // expect: trust-boundary
  res.json({ ok: true });
});

app.get('/lang', (req, res) => {
  req.session.locale = req.query.lang; // expect: trust-boundary
  res.redirect('/');
});

module.exports = app;
