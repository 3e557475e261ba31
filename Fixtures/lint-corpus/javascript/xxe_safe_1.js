const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ products: doc.find('//product').length });
});

app.post('/import/plain', (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  res.json({ products: doc.find('//product').length });
});

module.exports = app;
