'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const Handlebars = require('handlebars');
const { loadCustomer } = require('./customers');

const app = express();
app.use(express.json());

const TEMPLATES = {};
for (const name of ['welcome', 'renewal', 'winback']) {
  const source = fs.readFileSync(path.join(__dirname, 'emails', `${name}.hbs`), 'utf8');
  TEMPLATES[name] = Handlebars.compile(source);
}

app.post('/emails/preview', async (req, res) => {
  const customer = await loadCustomer(req.body.customerId);
  const render = Object.hasOwn(TEMPLATES, req.body.template) ? TEMPLATES[req.body.template] : TEMPLATES.welcome;
  res.json({ html: render({ customer, note: req.body.note }) });
});

module.exports = app;
