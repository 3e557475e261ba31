'use strict';
const fs = require('fs');
const path = require('path');
const express = require('express');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');
const DOCS = path.join(__dirname, 'docs');

app.get('/download', (req, res) => {
  const file = path.join(UPLOADS, req.query.name);
  res.download(file); // expect: path-traversal
});

app.get('/docs/:lang/:page', (req, res, next) => {
  const { lang, page } = req.params;
  const target = DOCS + '/' + lang + '/' + page + '.md';
  fs.readFile(target, 'utf8', (err, text) => { // expect: path-traversal
    if (err) return next(err);
    return res.type('text/markdown').send(text);
  });
});

app.post('/avatars', express.raw({ type: 'image/*', limit: '2mb' }), (req, res) => {
  const user = req.get('X-User-Id');
  const dest = path.resolve(UPLOADS, 'avatars', `${user}.png`);
  fs.writeFileSync(dest, req.body); // expect: path-traversal
  res.status(201).end();
});

module.exports = app;
