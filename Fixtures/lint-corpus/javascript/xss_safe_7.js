'use strict';
const express = require('express');
const escapeHtml = require('escape-html');

const app = express();

function htmlPage(title, body) {
  return `<!doctype html><title>${escapeHtml(title)}</title><main>${body}</main>`;
}

app.get('/welcome', (req, res) => {
  res.send(htmlPage('Welcome', `<p>Welcome back, ${escapeHtml(req.query.name)}</p>`));
});

module.exports = app;
