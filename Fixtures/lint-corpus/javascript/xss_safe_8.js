'use strict';
// Express app with an escaping Handlebars helper and a JSON 404.
const express = require('express');
const Handlebars = require('handlebars');

Handlebars.registerHelper('badge', (label, colour) => {
  const safeLabel = Handlebars.escapeExpression(label);
  const safeColour = Handlebars.escapeExpression(colour);
  return new Handlebars.SafeString(`<span class="${safeColour}">${safeLabel}</span>`);
});

const app = express();
app.use((req, res) => {
  res.status(404).type('json').send(JSON.stringify({ missing: req.path }));
});

module.exports = app;
