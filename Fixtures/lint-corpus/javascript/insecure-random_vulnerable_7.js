const express = require('express');
const { createDownloadLink } = require('./links');

const router = express.Router();

router.post('/files/:id/link', async (req, res) => {
  const slug = Math.random().toString(36).slice(2, 10); // expect: insecure-random
  await createDownloadLink(req.params.id, slug);
  res.status(201).json({ ok: true });
});

module.exports = router;
