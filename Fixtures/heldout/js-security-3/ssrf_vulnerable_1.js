'use strict';

const axios = require('axios');
const express = require('express');

const app = express();
app.use(express.json());

app.get('/proxy/image', async (req, res, next) => {
  try {
    const upstream = await axios.get(req.query.src, { responseType: 'stream', timeout: 5000 }); // expect: ssrf
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    upstream.data.pipe(res);
  } catch (err) {
    next(err);
  }
});

async function notifyPartner(partner, event) {
  const base = partner.callbackBase.replace(/\/$/, '');
  return axios({ method: 'post', url: `${base}/events`, data: event, timeout: 3000 }); // expect: ssrf
}

app.post('/partners/test-callback', async (req, res) => {
  const partner = { name: req.body.name, callbackBase: req.body.callback };
  const reply = await notifyPartner(partner, { type: 'ping', at: Date.now() });
  res.json({ status: reply.status });
});

module.exports = app;
