'use strict';
// Express app for a small events board: an error page and Handlebars helpers.
const express = require('express');
const Handlebars = require('handlebars');
const { findEvents } = require('./events');

const app = express();
app.engine('hbs', require('express-handlebars').engine({ extname: '.hbs' }));
app.set('view engine', 'hbs');

Handlebars.registerHelper('highlight', (text, term) => {
  const marked = String(text).split(term).join(`<mark>${term}</mark>`);
  return new Handlebars.SafeString(marked); // expect: xss
});

app.get('/events', async (req, res) => {
  const term = req.query.q || '';
  const events = await findEvents(term);
  res.render('events', { events, term });
});

app.use((req, res) => {
  const suggestion = req.query.from ? `<p>You came from ${req.query.from}</p>` : '';
  const page = `<!doctype html><title>Not found</title><h1>No page at ${req.originalUrl}</h1>${suggestion}`;
  res.status(404).type('html').send(page); // expect: xss
});

module.exports = app;
