const express = require('express');
const fs = require('fs/promises');
const path = require('path');

const app = express();
const DOCS_ROOT = path.resolve(__dirname, 'docs');

app.get('/docs/*', async (req, res) => {
  const requested = path.normalize(req.params[0]);
  const full = path.join(DOCS_ROOT, requested);
  const relative = path.relative(DOCS_ROOT, full);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return res.sendStatus(403);
  }
  res.type('text/markdown').send(await fs.readFile(full, 'utf8'));
});

app.get('/themes/:theme.css', async (req, res) => {
  const theme = req.params.theme;
  if (theme.includes('..') || theme.includes('/') || theme.includes('\\')) {
    return res.sendStatus(400);
  }
  res.type('text/css').send(await fs.readFile(path.join(__dirname, 'themes', `${theme}.css`)));
});

module.exports = app;
