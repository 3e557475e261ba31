const express = require('express');

const app = express();

app.get('/items', (req, res) => {
  const page = req.query.page;
  if (page == 1) { // expect: loose-equality
    return res.redirect('/items');
  }
  const filter = req.query.filter;
  const items = ITEMS.filter((item) => filter != '' && item.tag == filter); // expect: loose-equality
  res.json({ page, items });
});

const ITEMS = [{ id: 1, tag: 'new' }, { id: 2, tag: 'sale' }];

module.exports = app;
