const express = require('express');
const session = require('express-session');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: false, maxAge: 3600000 }, // expect: insecure-cookie
}));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
  res.cookie('auth', token); // expect: insecure-cookie
  res.cookie('refresh', token, { maxAge: 7 * 86400000, secure: true }); // expect: insecure-cookie
  res.json({ ok: true });
});

function rememberInBrowser(token) {
  document.cookie = 'token=' + token + '; path=/'; // expect: insecure-cookie
}

function issueToken(user) {
  return `${user}.${Date.now()}`;
}

module.exports = { app, rememberInBrowser };
