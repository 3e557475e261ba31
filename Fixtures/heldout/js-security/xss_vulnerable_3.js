'use strict';
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

function page(title, body) {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

app.get('/hello', (req, res) => {
  const name = req.query.name || 'stranger';
  res.send(page('Hello', '<h1>Hello ' + name + '</h1>')); // expect: xss
});

app.post('/guestbook', (req, res) => {
  const entry = { who: req.body.name, text: req.body.message };
  const parts = [];
  parts.push(`<p><strong>${entry.who}</strong> wrote:</p>`);
  parts.push(`<blockquote>${entry.text}</blockquote>`);
  res.set('Content-Type', 'text/html');
  res.end(page('Thanks', parts.join('\n'))); // expect: xss
});

module.exports = app;
