'use strict';
// Link previews of the one status page: the address is fixed, only the timeout comes from the caller.
const http = require('http');
const express = require('express');

function Preview(options) {
  this.address = 'http://status.internal.example/summary';
  this.timeout = Number(options.timeout) || 5000;
}

Preview.prototype.fetch = function fetch() {
  return new Promise((resolve, reject) => {
    http.get(this.address, { timeout: this.timeout }, (res) => resolve(res.headers)).on('error', reject);
  });
};

const app = express();
app.post('/preview', async (req, res) => {
  const preview = new Preview(req.body);
  res.json(await preview.fetch());
});
