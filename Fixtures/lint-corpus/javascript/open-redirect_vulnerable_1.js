const express = require('express');
const session = require('express-session');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.post('/login', (req, res) => {
  req.session.user = req.body.username;  // expect: trust-boundary
  const returnTo = req.query.returnTo || '/';
  res.redirect(returnTo); // expect: open-redirect
});

app.get('/out', (req, res) => {
  res.redirect(302, 'https://' + req.query.domain + '/landing'); // expect: open-redirect
});

app.get('/logout', (req, res) => {
  req.session.destroy(() => {
    res.location(req.get('Referer') || req.query.next); // expect: open-redirect
    res.sendStatus(302);
  });
});

module.exports = app;
