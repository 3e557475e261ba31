const express = require('express');
const session = require('express-session');
const nodemailer = require('nodemailer');

const app = express();
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 3600000 },
}));
const mailer = nodemailer.createTransport({ host: 'smtp.example.com', port: 587, secure: false });

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
  res.cookie('auth', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.clearCookie('legacy');
  res.json({ ok: true });
});

function forget() {
  document.cookie = 'token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  document.cookie = `theme=dark; path=/; Secure; SameSite=Lax`;
}

function issueToken(user) {
  return `${user}.${Date.now()}`;
}

module.exports = { app, forget, mailer };
