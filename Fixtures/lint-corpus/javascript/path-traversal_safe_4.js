const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: UPLOADS, dotfiles: 'deny' });
});

app.get('/logs', (req, res) => {
  const file = path.basename(String(req.query.file));
  fs.createReadStream(path.join(__dirname, 'logs', file)).pipe(res);
});

module.exports = app;
