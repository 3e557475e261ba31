'use strict';
const express = require('express');
const session = require('express-session');
const { verifyLogin } = require('./auth');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

app.post('/login', async (req, res) => {
  const user = await verifyLogin(req.body.email, req.body.password);
  if (!user) {
    res.redirect('/login?error=1');
    return;
  }
  req.session.regenerate(() => {
    req.session.userId = user.id;
    const returnTo = req.query.returnTo || '/dashboard';
    res.redirect(returnTo); // expect: open-redirect
  });
});

app.get('/out', (req, res) => {
  const { url, campaign } = req.query;
  const target = campaign ? `${url}?ref=${encodeURIComponent(campaign)}` : url;
  res.writeHead(302, { Location: target }); // expect: open-redirect
  res.end();
});

module.exports = app;
