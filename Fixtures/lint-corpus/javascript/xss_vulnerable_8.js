'use strict';
// Express app with a Handlebars helper and a hand-written 404 page.
const express = require('express');
const Handlebars = require('handlebars');

Handlebars.registerHelper('badge', (label, colour) => new Handlebars.SafeString(`<span class="${colour}">${label}</span>`)); // expect: xss

const app = express();
app.use((req, res) => {
  const page = `<h1>Nothing at ${req.path}</h1>`;
  res.status(404).type('html').send(page); // expect: xss
});

module.exports = app;
