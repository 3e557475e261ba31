const express = require('express');
const libxmljs = require('libxmljs');
const { XMLParser } = require('fast-xml-parser');

const app = express();
app.use(express.text({ type: 'application/xml' }));

const PARSE_OPTIONS = { noent: false, dtdload: false, nonet: true };

app.post('/invoices', (req, res) => {
  const doc = libxmljs.parseXml(req.body, PARSE_OPTIONS);
  res.json({ total: doc.get('//total').text() });
});

app.post('/orders', (req, res) => {
  const order = new XMLParser({ processEntities: false }).parse(req.body);
  res.json({ id: order.order.id });
});

module.exports = app;
