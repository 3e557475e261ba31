'use strict';
const axios = require('axios');
const express = require('express');

const app = express();
app.use(express.json());

const http = axios.create({ timeout: 5000 });

app.get('/proxy/image', async (req, res, next) => {
  try {
    const upstream = await http.get(req.query.src, { responseType: 'arraybuffer' }); // expect: ssrf
    res.type(upstream.headers['content-type'] || 'application/octet-stream').send(upstream.data);
  } catch (err) {
    next(err);
  }
});

app.post('/integrations/test', async (req, res) => {
  const { baseUrl, path = '/health' } = req.body;
  const target = new URL(path, baseUrl);
  const resp = await fetch(target, { method: 'GET' }); // expect: ssrf
  res.json({ status: resp.status });
});

module.exports = app;
