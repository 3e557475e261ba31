'use strict';
// avatar-proxy.js -- fetches avatars from the URL a profile names
const express = require('express');
const http = require('http');
const https = require('https');

const app = express();

function pull(address, done) {
  const transport = address.startsWith('https:') ? https : http;
  transport.get(address, (upstream) => done(null, upstream)).on('error', done); // expect: ssrf
}

app.get('/avatar', (req, res) => {
  pull(req.query.from, (err, upstream) => {
    if (err) return res.sendStatus(502);
    return upstream.pipe(res);
  });
});

module.exports = app;
