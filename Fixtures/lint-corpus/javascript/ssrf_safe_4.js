const express = require('express');

const app = express();
const PARTNER_HOSTS = new Set(['feeds.partner-a.com', 'feeds.partner-b.com']);
const API_BASE = 'https://api.example.com';

app.get('/feeds', async (req, res) => {
  const feedUrl = req.query.url;
  const trusted = PARTNER_HOSTS.has(new URL(feedUrl).hostname);
  if (!trusted) {
    return res.status(400).json({ error: 'unknown partner' });
  }
  const feed = await fetch(feedUrl);
  res.type('application/xml').send(await feed.text());
});

app.get('/users/:login', async (req, res) => {
  const profile = await fetch(`${API_BASE}/users/${encodeURIComponent(req.params.login)}`);
  const repos = await fetch('https://api.github.com/users/' + req.params.login + '/repos');
  res.json({ profile: await profile.json(), repos: await repos.json() });
});

module.exports = app;
