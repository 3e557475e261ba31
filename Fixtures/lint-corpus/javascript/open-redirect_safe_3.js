const express = require('express');

const app = express();
const TRUSTED_ORIGINS = new Set(['https://app.example.com', 'https://admin.example.com']);

app.get('/sso/return', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.next), 'https://app.example.com');
  } catch {
    return res.redirect('/');
  }
  if (!TRUSTED_ORIGINS.has(target.origin)) {
    return res.redirect('/');
  }
  res.redirect(target.href);
});

app.get('/help/:topic', (req, res) => {
  const topics = { billing: '/docs/billing', api: '/docs/api' };
  const topic = req.params.topic;
  if (!Object.prototype.hasOwnProperty.call(topics, topic)) {
    return res.sendStatus(404);
  }
  res.redirect(topics[topic]);
});

module.exports = app;
