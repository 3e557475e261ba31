'use strict';
// Express onboarding flow: steps keep their answers in the session
const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.post('/onboarding/profile', (req, res) => {
  const { displayName, company, role } = req.body;
  req.session.profile = { displayName, company, role }; // expect: trust-boundary
  res.redirect('/onboarding/plan');
});

app.post('/onboarding/plan', (req, res) => {
  const seats = req.body.seats;
  req.session.plan = req.body.plan; // expect: trust-boundary
  req.session.seats = seats; // expect: trust-boundary
  res.redirect('/onboarding/confirm');
});

app.get('/onboarding/confirm', (req, res) => {
  res.json({ profile: req.session.profile, plan: req.session.plan, seats: req.session.seats });
});

module.exports = app;
