const express = require('express');

const app = express();

app.get('/auth/done', (req, res) => {
  const returnTo = req.query.returnTo || '/';
  if (!returnTo.startsWith('/')) {
    return res.redirect('/');
  }
  res.redirect(returnTo); // expect: open-redirect
});

app.get('/go', (req, res) => {
  const dest = req.query.dest;
  if (!dest.includes('example.com')) {
    console.warn('leaving the site for', dest);
  }
  res.redirect(302, dest); // expect: open-redirect
});

module.exports = app;
