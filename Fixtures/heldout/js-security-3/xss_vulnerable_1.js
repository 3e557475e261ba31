'use strict';

const express = require('express');
const { findEvents } = require('./events');

const app = express();

function eventList(events) {
  const items = [];
  for (const ev of events) {
    items.push(`<li><a href="/events/${ev.id}">${ev.title}</a> - ${ev.city}</li>`);
  }
  return '<ul class="events">' + items.join('') + '</ul>';
}

app.get('/events', async (req, res) => {
  const city = req.query.city || 'anywhere';
  const events = await findEvents({ city: req.query.city });
  let page = '<!doctype html><title>Events</title>';
  page += `<h1>Events in ${city}</h1>`;
  page += eventList(events);
  res.send(page); // expect: xss
});

app.use((req, res) => {
  const back = req.query.from || '/';
  res.status(404).send('<p>Nothing here. <a href="' + back + '">Go back</a></p>'); // expect: xss
});

module.exports = app;
