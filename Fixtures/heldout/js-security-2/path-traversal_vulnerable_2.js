'use strict';
// Express docs site: serves localized help pages and email templates
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const DOCS_DIR = path.join(__dirname, 'docs');
const TEMPLATES = path.join(__dirname, 'templates');

router.get('/help', (req, res) => {
  const page = req.query.page || 'index';
  const file = path.join(DOCS_DIR, `${page}.html`);
  res.sendFile(file); // expect: path-traversal
});

router.get('/templates/:lang/:name', (req, res, next) => {
  const { lang, name } = req.params;
  const location = TEMPLATES + '/' + lang + '/' + name;
  fs.readFile(location, 'utf8', (err, text) => { // expect: path-traversal
    if (err) return next(err);
    return res.type('text/plain').send(text);
  });
});

module.exports = router;
