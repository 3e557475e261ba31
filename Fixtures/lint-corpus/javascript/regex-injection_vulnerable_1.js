const express = require('express');

const app = express();
app.use(express.json());
const products = require('./products.json');

app.get('/search', (req, res) => {
  const re = new RegExp(req.query.q, 'i'); // expect: regex-injection
  res.json(products.filter((p) => re.test(p.name)));
});

app.post('/validate', (req, res) => {
  const ok = req.body.value.match('^' + req.body.pattern + '$'); // expect: regex-injection
  res.json({ ok: Boolean(ok) });
});

app.get('/highlight', (req, res) => {
  const term = req.query.term;
  const marked = products[0].description.replace(RegExp(`(${term})`, 'g'), '<mark>$1</mark>'); // expect: regex-injection
  res.send(marked);
});

module.exports = app;
