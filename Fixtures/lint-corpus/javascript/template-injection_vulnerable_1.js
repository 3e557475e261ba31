const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');

const app = express();
app.use(express.json());

app.post('/preview', (req, res) => {
  const html = ejs.render(req.body.template, { user: req.user }); // expect: template-injection
  res.send(html);
});

app.get('/card', (req, res) => {
  const fn = pug.compile('p Hello ' + req.query.name); // expect: template-injection
  res.send(fn());
});

app.post('/mail', (req, res) => {
  const compiled = _.template(`<h1>${req.body.subject}</h1><%= body %>`); // expect: template-injection
  res.send(compiled({ body: 'Thanks for your order' }));
});

module.exports = app;
