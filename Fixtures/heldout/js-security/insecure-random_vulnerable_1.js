'use strict';
const express = require('express');
const { saveResetCode, saveSession, mailer } = require('./store');

const app = express();
app.use(express.json());
const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomString(length) {
  const picks = [];
  for (let i = 0; i < length; i++) {
    picks.push(CHARS[Math.floor(Math.random() * CHARS.length)]); // expect: insecure-random
  }
  return picks.join('');
}

app.post('/password/forgot', async (req, res) => {
  const code = randomString(8);
  await saveResetCode(req.body.email, code);
  await mailer.send(req.body.email, `Your reset code is ${code}`);
  res.status(202).end();
});

app.post('/session', async (req, res) => {
  const sid = Date.now().toString(36) + Math.random().toString(36).slice(2); // expect: insecure-random
  await saveSession(sid, req.body.userId);
  res.cookie('sid', sid, { secure: true, httpOnly: true, sameSite: 'lax' });
  res.json({ ok: true });
});

module.exports = app;
