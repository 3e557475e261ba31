'use strict';
const crypto = require('crypto');
const express = require('express');
const { saveResetCode, saveSession, mailer, featuredProducts } = require('./store');

const app = express();
app.use(express.json());
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomString(length) {
  return Array.from({ length }, () => CHARS[crypto.randomInt(CHARS.length)]).join('');
}

app.post('/password/forgot', async (req, res) => {
  const code = randomString(8);
  await saveResetCode(req.body.email, code);
  await mailer.send(req.body.email, `Your reset code is ${code}`);
  res.status(202).end();
});

app.post('/session', async (req, res) => {
  const sid = crypto.randomBytes(32).toString('base64url');
  await saveSession(sid, req.body.userId);
  res.cookie('sid', sid, { secure: true, httpOnly: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.get('/featured', async (req, res) => {
  const products = await featuredProducts();
  const start = Math.floor(Math.random() * Math.max(products.length - 4, 1));
  res.json(products.slice(start, start + 4));
});

module.exports = app;
