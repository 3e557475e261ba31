'use strict';
// Express image proxy used by the newsletter editor
const express = require('express');
const http = require('http');
const https = require('https');

const app = express();

function download(target, cb) {
  const client = target.startsWith('https:') ? https : http;
  client.get(target, (upstream) => cb(null, upstream)).on('error', cb); // expect: ssrf
}

app.get('/proxy/image', (req, res) => {
  download(req.query.src, (err, upstream) => {
    if (err) return res.status(502).end();
    res.set('Content-Type', upstream.headers['content-type'] || 'application/octet-stream');
    return upstream.pipe(res);
  });
});

app.post('/proxy/check', express.json(), async (req, res) => {
  const { host, port = 80 } = req.body;
  const probe = await fetch(`http://${host}:${port}/`, { method: 'HEAD' }); // expect: ssrf
  res.json({ reachable: probe.ok });
});

module.exports = app;
