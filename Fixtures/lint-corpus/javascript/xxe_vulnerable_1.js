const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: true }); // expect: xxe
  res.json({ products: doc.find('//product').length });
});

module.exports = app;
