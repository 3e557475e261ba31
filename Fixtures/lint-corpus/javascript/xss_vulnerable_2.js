const express = require('express');

const app = express();

app.get('/hello', (req, res) => {
  const name = req.query.name;
  res.send('<h1>Hello, ' + name + '!</h1>'); // expect: xss
});

app.get('/search', (req, res) => {
  const page = `<html><body><p>You searched for ${req.query.q}</p></body></html>`;
  res.type('html');
  res.end(page); // expect: xss
});

module.exports = app;
