const express = require('express');

const router = express.Router();
const SERVICES = new Map([
  ['billing', 'http://billing.internal:8080/health'],
  ['search', 'http://search.internal:8080/health'],
]);

router.get('/status/:service', async (req, res) => {
  const url = SERVICES.get(req.params.service);
  if (!url) {
    res.sendStatus(404);
    return;
  }
  const reply = await fetch(url);
  res.status(reply.status).end();
});

router.get('/items/:id', async (req, res) => {
  const id = Number(req.params.id);
  const reply = await fetch(`https://inventory.example.com/items/${id}`);
  res.json(await reply.json());
});

module.exports = router;
