'use strict';
const ejs = require('ejs');
const express = require('express');
const Handlebars = require('handlebars');

const app = express();
app.use(express.json());

const PREVIEW = ejs.compile('<h2><%= subject %></h2>\n<p>Dear <%= name %>,</p>\n<div><%= body %></div>');
const FORMATS = {
  short: Handlebars.compile('Hi {{name}}'),
  long: Handlebars.compile('Hello {{name}}, welcome back!'),
};

app.post('/emails/preview', (req, res) => {
  const { subject, body, recipient } = req.body;
  const html = PREVIEW({ subject, body, name: recipient.name });
  res.json({ subject, html });
});

app.get('/greeting', (req, res) => {
  const tpl = FORMATS[req.query.format] || FORMATS.short;
  res.type('text/plain').send(tpl({ name: String(req.query.name || 'visitor') }));
});

app.get('/welcome', (req, res) => {
  res.render('welcome.ejs', { name: req.query.name });
});

module.exports = app;
