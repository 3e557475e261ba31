'use strict';
// Express docs site: pages from a fixed list, templates by base name
const express = require('express');
const fs = require('fs');
const path = require('path');

const router = express.Router();
const DOCS_DIR = path.join(__dirname, 'docs');
const TEMPLATES = path.join(__dirname, 'templates');
const LANGS = new Set(['en', 'de', 'fr', 'ja']);
const PAGES = new Set(['index', 'billing', 'shortcuts', 'privacy']);

router.get('/help', (req, res) => {
  const page = PAGES.has(req.query.page) ? req.query.page : 'index';
  res.sendFile(`${page}.html`, { root: DOCS_DIR });
});

router.get('/templates/:lang/:name', (req, res, next) => {
  const lang = LANGS.has(req.params.lang) ? req.params.lang : 'en';
  const name = path.basename(req.params.name);
  fs.readFile(path.join(TEMPLATES, lang, name), 'utf8', (err, text) => {
    if (err) return next(err);
    return res.type('text/plain').send(text);
  });
});

module.exports = router;
