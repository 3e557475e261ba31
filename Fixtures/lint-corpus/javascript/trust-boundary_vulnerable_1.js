const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.json());
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true } }));

app.post('/profile', (req, res) => {
  req.session.displayName = req.body.displayName; // expect: trust-boundary
  req.session.role = req.body.role || 'user'; // expect: trust-boundary
  res.json({ ok: true });
});

app.get('/track', (req, res) => {
  const campaign = req.query.campaign;
  req.session['campaign'] = campaign; // expect: trust-boundary
  res.redirect('/');
});

module.exports = app;
