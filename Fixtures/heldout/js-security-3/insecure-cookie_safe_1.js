'use strict';

const express = require('express');
const session = require('express-session');
const { login, issueRefreshToken } = require('./auth');

const app = express();
app.set('trust proxy', 1);
app.use(express.json());
app.use(
  session({
    name: 'portal.sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 8 * 3600 * 1000 },
  }),
);

app.post('/auth/login', async (req, res) => {
  const user = await login(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: 'invalid credentials' });
  req.session.userId = user.id;
  const refresh = await issueRefreshToken(user);
  res.cookie('refresh_token', refresh, {
    maxAge: 30 * 24 * 3600 * 1000,
    path: '/auth',
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
  });
  res.json({ ok: true });
});

module.exports = app;
