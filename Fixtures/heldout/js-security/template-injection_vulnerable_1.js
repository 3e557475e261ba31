'use strict';
const ejs = require('ejs');
const express = require('express');
const Handlebars = require('handlebars');

const app = express();
app.use(express.json());

app.post('/emails/preview', (req, res) => {
  const { subject, body, recipient } = req.body;
  const source = `<h2>${subject}</h2>\n<p>Dear <%= name %>,</p>\n${body}`;
  const html = ejs.render(source, { name: recipient.name }); // expect: template-injection
  res.json({ subject, html });
});

app.get('/greeting', (req, res) => {
  const tpl = Handlebars.compile(req.query.format || 'Hello {{name}}'); // expect: template-injection
  res.type('text/plain').send(tpl({ name: 'visitor' }));
});

module.exports = app;
