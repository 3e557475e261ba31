const express = require('express');

const app = express();

app.get('/items', (req, res) => {
  const page = Number(req.query.page);
  if (page === 1) {
    return res.redirect('/items');
  }
  const filter = req.query.filter;
  const items = ITEMS.filter((item) => filter == null || item.tag === filter);
  res.json({ page, items, note: 'use == only against null' });
});

const ITEMS = [{ id: 1, tag: 'new' }, { id: 2, tag: 'sale' }];

module.exports = app;
