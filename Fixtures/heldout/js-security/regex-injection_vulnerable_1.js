'use strict';
const express = require('express');
const { listArticles } = require('./articles');

const app = express();

app.get('/articles/search', async (req, res) => {
  const { q = '', flags = 'i' } = req.query;
  const matcher = new RegExp(q, flags); // expect: regex-injection
  const articles = await listArticles();
  res.json(articles.filter((a) => matcher.test(a.title)));
});

app.get('/validate', (req, res) => {
  const rules = { pattern: req.query.pattern, value: String(req.query.value || '') };
  const ok = RegExp('^(?:' + rules.pattern + ')$').test(rules.value); // expect: regex-injection
  res.json({ ok });
});

app.get('/highlight', async (req, res) => {
  const word = String(req.query.word || '');
  const articles = await listArticles();
  const re = new RegExp(`\\b${word}\\b`, 'gi'); // expect: regex-injection
  res.json(articles.map((a) => a.title.replace(re, (m) => `**${m}**`)));
});

module.exports = app;
