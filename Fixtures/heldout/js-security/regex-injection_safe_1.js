'use strict';
const express = require('express');
const escapeStringRegexp = require('escape-string-regexp');
const { listArticles } = require('./articles');

const app = express();
const VALIDATORS = {
  zip: /^\d{5}$/,
  slug: /^[a-z0-9-]{1,64}$/,
  hex: /^[0-9a-f]+$/i,
};

app.get('/articles/search', async (req, res) => {
  const q = String(req.query.q || '').slice(0, 100);
  const matcher = new RegExp(escapeStringRegexp(q), 'i');
  const articles = await listArticles();
  res.json(articles.filter((a) => matcher.test(a.title)));
});

app.get('/validate', (req, res) => {
  const rule = VALIDATORS[req.query.rule];
  if (!rule) {
    res.status(400).json({ error: 'unknown rule' });
    return;
  }
  res.json({ ok: rule.test(String(req.query.value || '')) });
});

app.get('/highlight', async (req, res) => {
  const word = String(req.query.word || '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const articles = await listArticles();
  const re = new RegExp(`\\b${word}\\b`, 'gi');
  res.json(articles.map((a) => a.title.replace(re, (m) => `**${m}**`)));
});

module.exports = app;
