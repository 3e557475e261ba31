const express = require('express');
const axios = require('axios');

const router = express.Router();

router.get('/link-preview', async (req, res) => {
  const { url } = req.query;
  if (!url.startsWith('http')) {
    return res.status(400).json({ error: 'absolute URL required' });
  }
  const page = await axios.get(url, { timeout: 4000 }); // expect: ssrf
  res.json({ length: page.data.length });
});

router.post('/avatars/import', async (req, res) => {
  const source = req.body.avatarUrl;
  const { hostname } = new URL(source);
  if (hostname.endsWith('.internal')) {
    console.warn('avatar import from internal host', hostname);
  }
  const image = await fetch(source); // expect: ssrf
  res.type(image.headers.get('content-type') || 'image/png');
  res.send(Buffer.from(await image.arrayBuffer()));
});

router.get('/mirror', async (req, res) => {
  const target = req.query.target;
  if (target.includes('cdn.example.com')) {
    const reply = await fetch(target); // expect: ssrf
    return res.status(reply.status).send(await reply.text());
  }
  res.sendStatus(404);
});

module.exports = router;
