'use strict';
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();
app.use(express.urlencoded({ extended: false }));

function page(title, body) {
  return `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

app.get('/hello', (req, res) => {
  const name = req.query.name || 'stranger';
  res.send(page('Hello', '<h1>Hello ' + escapeHtml(name) + '</h1>'));
});

app.post('/guestbook', (req, res) => {
  const entry = { who: escapeHtml(req.body.name), text: escapeHtml(req.body.message) };
  const parts = [];
  parts.push(`<p><strong>${entry.who}</strong> wrote:</p>`);
  parts.push(`<blockquote>${entry.text}</blockquote>`);
  res.set('Content-Type', 'text/html');
  res.end(page('Thanks', parts.join('\n')));
});

app.get('/echo', (req, res) => {
  res.type('text/plain').send(`You sent: ${req.query.msg}`);
});

module.exports = app;
