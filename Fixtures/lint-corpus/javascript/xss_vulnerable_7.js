'use strict';
const express = require('express');

const app = express();

function htmlPage(title, body) {
  return `<!doctype html><title>${title}</title><main>${body}</main>`;
}

app.get('/welcome', (req, res) => {
  res.send(htmlPage('Welcome', `<p>Welcome back, ${req.query.name}</p>`)); // expect: xss
});

module.exports = app;
