const express = require('express');
const cookieParser = require('cookie-parser');
const escapeHtml = require('escape-html');

const app = express();
app.use(cookieParser());

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send('<h1>Results for ' + escapeHtml(q) + '</h1><ul id="results"></ul>');
});

app.get('/welcome', (req, res) => {
  const { name } = req.cookies;
  res.json({ greeting: `Welcome back, ${name}!` });
});

app.get('/page', (req, res) => {
  const page = Number(req.query.page) || 1;
  res.send(`<p>Page ${page}</p>`);
});

module.exports = app;
