'use strict';
const crypto = require('crypto');
const express = require('express');
const session = require('express-session');
const { checkPassword } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, httpOnly: true, maxAge: 3600000 }, // expect: insecure-cookie
}));

app.post('/login', async (req, res) => {
  const user = await checkPassword(req.body.email, req.body.password);
  if (!user) {
    res.redirect('/login?error=1');
    return;
  }
  const remember = crypto.randomBytes(32).toString('hex');
  res.cookie('remember_token', remember, { maxAge: 30 * 24 * 3600 * 1000 }); // expect: insecure-cookie
  res.cookie('uid', String(user.id), { httpOnly: false, secure: true, sameSite: 'none' }); // expect: insecure-cookie
  res.redirect('/');
});

module.exports = app;
