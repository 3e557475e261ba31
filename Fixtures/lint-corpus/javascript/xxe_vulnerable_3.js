const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.raw({ type: 'application/xml' }));

const PARSE_OPTIONS = { noent: true, dtdload: true };

app.post('/invoices', (req, res) => {
  const doc = libxmljs.parseXml(req.body.toString('utf8'), PARSE_OPTIONS); // expect: xxe
  res.json({ total: doc.get('//total').text() });
});

module.exports = app;
