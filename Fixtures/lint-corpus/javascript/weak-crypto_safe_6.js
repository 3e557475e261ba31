'use strict';
// static.js -- serves build artefacts with ETags and a content checksum header
const crypto = require('crypto');
const fs = require('fs');

function etagOf(buffer) {
  return `"${crypto.createHash('md5').update(buffer).digest('base64')}"`;
}

function serve(file, res) {
  const body = fs.readFileSync(file);
  const headers = {
    ETag: etagOf(body),
    'Content-MD5': crypto.createHash('md5').update(body).digest('base64'),
  };
  res.writeHead(200, headers);
  res.end(body);
}

module.exports = { serve };
