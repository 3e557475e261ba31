'use strict';
const express = require('express');
const session = require('express-session');
const { verifyLogin } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

const PARTNERS = new Map([
  ['docs', 'https://docs.example.com/'],
  ['blog', 'https://blog.example.com/'],
]);

function safeReturnPath(value) {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/dashboard';
  }
  return value;
}

app.post('/login', async (req, res) => {
  const user = await verifyLogin(req.body.email, req.body.password);
  if (!user) {
    res.redirect('/login?error=1');
    return;
  }
  req.session.regenerate(() => {
    req.session.userId = user.id;
    res.redirect(safeReturnPath(req.query.returnTo));
  });
});

app.get('/out', (req, res) => {
  const target = PARTNERS.get(String(req.query.to)) || '/';
  res.writeHead(302, { Location: target });
  res.end();
});

module.exports = app;
