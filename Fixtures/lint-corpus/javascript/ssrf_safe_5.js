const express = require('express');
const axios = require('axios');

const app = express();
const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

app.get('/avatar', async (req, res) => {
  let url;
  try {
    url = new URL(String(req.query.src));
  } catch {
    return res.sendStatus(400);
  }
  if (url.protocol !== 'https:' || !ALLOWED_HOSTS.has(url.hostname)) {
    return res.sendStatus(400);
  }
  const image = await axios.get(url.toString(), { responseType: 'arraybuffer' });
  res.type('image/png').send(image.data);
});

module.exports = app;
