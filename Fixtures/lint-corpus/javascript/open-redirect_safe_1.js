const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

const ALLOWED = new Set(['/', '/dashboard', '/settings']);

app.post('/login', (req, res) => {
  req.session.user = req.body.username;  // expect: trust-boundary
  const requested = req.query.returnTo;
  res.redirect(ALLOWED.has(requested) ? requested : '/');
});

app.get('/orders', (req, res) => {
  const page = Number.parseInt(req.query.page, 10) || 1;
  res.redirect(`/orders/page/${page}`);
});

app.get('/logout', (req, res) => {
  req.session.destroy(() => res.redirect('/login'));
});

module.exports = app;
