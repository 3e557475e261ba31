'use strict';
// Express onboarding flow: the session holds ids and values chosen by the server
const express = require('express');
const session = require('express-session');
const { Plans, Users } = require('./models');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.post('/onboarding/profile', async (req, res) => {
  const user = await Users.updateProfile(req.session.userId, req.body);
  req.session.profileVersion = user.profileVersion;
  res.redirect('/onboarding/plan');
});

app.post('/onboarding/plan', async (req, res) => {
  const plan = await Plans.findByCode(String(req.body.plan));
  if (!plan) return res.status(400).send('unknown plan');
  const seats = Math.min(Math.max(Number.parseInt(req.body.seats, 10) || 1, 1), plan.maxSeats);
  req.session.planId = plan.id;
  req.session.seats = seats;
  return res.redirect('/onboarding/confirm');
});

module.exports = app;
