const express = require('express');

const router = express.Router();
const PAGE_SIZE = 20;

router.get('/items', (req, res) => {
  const items = req.app.locals.items;
  if (req.query.page == 1) { // expect: loose-equality
    res.json(items.slice(0, PAGE_SIZE));
    return;
  }
  const owner = items.filter((item) => item.ownerId == req.query.owner); // expect: loose-equality
  res.json(owner);
});

router.delete('/items/:id', (req, res) => {
  const items = req.app.locals.items;
  req.app.locals.items = items.filter((item) => item.id != req.params.id); // expect: loose-equality
  res.sendStatus(204);
});

module.exports = router;
