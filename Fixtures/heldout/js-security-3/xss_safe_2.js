'use strict';

const express = require('express');
const { findEvents } = require('./events');

const app = express();
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

function eventList(events) {
  const items = events.map(
    (ev) => `<li><a href="/events/${encodeURIComponent(ev.id)}">${escapeHtml(ev.title)}</a> - ${escapeHtml(ev.city)}</li>`,
  );
  return '<ul class="events">' + items.join('') + '</ul>';
}

app.get('/events', async (req, res) => {
  const city = req.query.city || 'anywhere';
  const events = await findEvents({ city: req.query.city });
  let page = '<!doctype html><title>Events</title>';
  page += `<h1>Events in ${escapeHtml(city)}</h1>`;
  page += eventList(events);
  res.send(page);
});

app.use((req, res) => {
  res.status(404).type('text/plain').send('No page at ' + req.originalUrl);
});

module.exports = app;
