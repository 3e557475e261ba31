const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const file = path.join(UPLOADS, req.params.name);
  if (!file.endsWith('.pdf')) {
    return res.status(400).send('only PDF files');
  }
  fs.createReadStream(file).pipe(res); // expect: path-traversal
});

app.delete('/files', (req, res) => {
  const name = req.body.name;
  if (name.startsWith('/')) {
    return res.status(400).end();
  }
  fs.unlinkSync(UPLOADS + '/' + name); // expect: path-traversal
  res.sendStatus(204);
});

module.exports = app;
