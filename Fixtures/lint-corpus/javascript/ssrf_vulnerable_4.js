const express = require('express');

const app = express();
const PARTNER_HOSTS = new Set(['feeds.partner-a.com', 'feeds.partner-b.com']);

app.get('/feeds', async (req, res) => {
  const feedUrl = req.query.url;
  if (!PARTNER_HOSTS.has(new URL(feedUrl).hostname)) {
    res.status(400).json({ error: 'unknown partner' });
  }
  const feed = await fetch(feedUrl); // expect: ssrf
  res.type('application/xml').send(await feed.text());
});

app.get('/avatar', async (req, res) => {
  const base = req.query.cdn || 'https://cdn.example.com';
  const image = await fetch(`${base}/avatars/${Number(req.query.id)}.png`); // expect: ssrf
  res.type('image/png').send(Buffer.from(await image.arrayBuffer()));
});

module.exports = app;
