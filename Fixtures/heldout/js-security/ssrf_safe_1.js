'use strict';
const axios = require('axios');
const express = require('express');

const app = express();
app.use(express.json());

const http = axios.create({ timeout: 5000, maxRedirects: 0 });
const IMAGE_HOSTS = new Set(['images.example-cdn.com', 'avatars.example.com']);
const INTEGRATIONS = {
  billing: 'https://billing.internal.example.com',
  crm: 'https://crm.internal.example.com',
};

app.get('/proxy/image', async (req, res, next) => {
  let url;
  try {
    url = new URL(String(req.query.src));
  } catch {
    res.status(400).end();
    return;
  }
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) {
    res.status(403).end();
    return;
  }
  try {
    const upstream = await http.get(url.href, { responseType: 'arraybuffer' });
    res.type(upstream.headers['content-type'] || 'application/octet-stream').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

app.post('/integrations/test', async (req, res) => {
  const base = INTEGRATIONS[req.body.name];
  if (!base) {
    res.status(404).end();
    return;
  }
  const resp = await fetch(`${base}/health`, { method: 'GET' });
  res.json({ status: resp.status });
});

module.exports = app;
