const express = require('express');

const app = express();
const SAFE_DESTINATIONS = ['/home', '/account', '/orders'];

app.get('/logout', (req, res) => {
  const next = String(req.query.next);
  if (SAFE_DESTINATIONS.includes(next)) {
    return res.redirect(next);
  }
  res.redirect('/');
});

app.get('/profile/:id', (req, res) => {
  res.redirect('/users/' + encodeURIComponent(req.params.id));
});

module.exports = app;
