'use strict';
const fs = require('fs');
const path = require('path');
const express = require('express');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');
const DOCS = path.join(__dirname, 'docs');
const LANGS = new Set(['en', 'de', 'fr']);

app.get('/download', (req, res) => {
  const file = path.resolve(UPLOADS, String(req.query.name));
  if (!file.startsWith(UPLOADS + path.sep)) {
    res.status(400).send('bad name');
    return;
  }
  res.download(file);
});

app.get('/docs/:lang/:page', (req, res, next) => {
  const { lang, page } = req.params;
  if (!LANGS.has(lang) || !/^[a-z0-9-]+$/.test(page)) {
    res.status(404).end();
    return;
  }
  fs.readFile(DOCS + '/' + lang + '/' + page + '.md', 'utf8', (err, text) => {
    if (err) return next(err);
    return res.type('text/markdown').send(text);
  });
});

app.get('/static/*', (req, res) => {
  res.sendFile(req.params[0], { root: path.join(__dirname, 'public'), dotfiles: 'deny' });
});

module.exports = app;
