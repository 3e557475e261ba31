const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(cookieParser());

app.get('/search', (req, res) => {
  const q = req.query.q || '';
  res.send('<h1>Results for ' + q + '</h1><ul id="results"></ul>'); // expect: xss
});

app.get('/welcome', (req, res) => {
  const { name } = req.cookies;
  let page = '<main>';
  page += `<p>Welcome back, ${name}!</p>`;
  page += '</main>';
  res.set('Content-Type', 'text/html');
  res.write(page); // expect: xss
  res.end();
});

module.exports = app;
