'use strict';
// Link previews: a constructor function keeps the address its caller gave it.
const http = require('http');
const express = require('express');

function Preview(options) {
  this.address = options.address;
  this.timeout = 5000;
}

Preview.prototype.fetch = function fetch() {
  return new Promise((resolve, reject) => {
    http.get(this.address, { timeout: this.timeout }, (res) => resolve(res.headers)).on('error', reject); // expect: ssrf
  });
};

const app = express();
app.post('/preview', async (req, res) => {
  const preview = new Preview(req.body);
  res.json(await preview.fetch());
});
