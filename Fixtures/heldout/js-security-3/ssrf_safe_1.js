'use strict';

const axios = require('axios');
const express = require('express');

const app = express();
const IMAGE_HOSTS = new Set(['images.unsplash.com', 'cdn.shopify.com', 'i.imgur.com']);

function allowedImageUrl(raw) {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port || !IMAGE_HOSTS.has(url.hostname)) {
    return null;
  }
  return url;
}

app.get('/proxy/image', async (req, res, next) => {
  const url = allowedImageUrl(req.query.src);
  if (!url) return res.status(400).json({ error: 'host not allowed' });
  try {
    const upstream = await axios.get(url.toString(), { responseType: 'stream', timeout: 5000, maxRedirects: 0 });
    res.set('Content-Type', 'image/jpeg');
    upstream.data.pipe(res);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
