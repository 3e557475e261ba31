const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const _ = require('lodash');

const app = express();
app.use(express.json());
const card = pug.compile('p Hello #{name}');
const mail = _.template('<h1><%- subject %></h1><%= body %>');

app.post('/preview', (req, res) => {
  res.send(ejs.render('<p><%= text %></p>', { text: req.body.text }));
});

app.get('/card', (req, res) => {
  res.send(card({ name: req.query.name }));
});

app.post('/mail', (req, res) => {
  res.send(mail({ subject: req.body.subject, body: 'Thanks for your order' }));
});

app.get('/page', (req, res) => res.render('page', { title: req.query.title }));

module.exports = app;
