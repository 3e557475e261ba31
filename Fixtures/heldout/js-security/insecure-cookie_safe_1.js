'use strict';
const crypto = require('crypto');
const express = require('express');
const session = require('express-session');
const { checkPassword } = require('./auth');

const app = express();
app.set('trust proxy', 1);
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
}));

const COOKIE_OPTS = { secure: true, httpOnly: true, sameSite: 'strict' };

app.post('/login', async (req, res) => {
  const user = await checkPassword(req.body.email, req.body.password);
  if (!user) {
    res.redirect('/login?error=1');
    return;
  }
  const remember = crypto.randomBytes(32).toString('hex');
  res.cookie('remember_token', remember, { ...COOKIE_OPTS, maxAge: 30 * 24 * 3600 * 1000 });
  res.cookie('uid', String(user.id), { httpOnly: true, secure: true, sameSite: 'lax', signed: false });
  res.redirect('/');
});

app.post('/logout', (req, res) => {
  res.clearCookie('remember_token', COOKIE_OPTS);
  req.session.destroy(() => res.redirect('/'));
});

module.exports = app;
