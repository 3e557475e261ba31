const express = require('express');

const router = express.Router();
const PAGE_SIZE = 20;

router.get('/items', (req, res) => {
  const items = req.app.locals.items;
  if (Number(req.query.page) === 1) {
    res.json(items.slice(0, PAGE_SIZE));
    return;
  }
  if (req.query.owner == null) {
    res.json(items);
    return;
  }
  res.json(items.filter((item) => String(item.ownerId) === req.query.owner));
});

router.delete('/items/:id', (req, res) => {
  const items = req.app.locals.items;
  req.app.locals.items = items.filter((item) => String(item.id) !== req.params.id);
  res.sendStatus(204);
});

module.exports = router;
