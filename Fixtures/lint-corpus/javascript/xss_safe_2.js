const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

app.get('/hello', (req, res) => {
  const name = escapeHtml(req.query.name);
  res.send('<h1>Hello, ' + name + '!</h1>');
});

app.get('/search', (req, res) => {
  res.render('search', { query: req.query.q });
});

app.get('/api/search', (req, res) => {
  res.json({ query: req.query.q, results: [] });
});

app.get('/count', (req, res) => {
  const count = Number.parseInt(req.query.count, 10) || 0;
  res.send(`<p>${count} items</p>`);
});

module.exports = app;
