const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  res.sendFile(path.join(UPLOADS, req.params.name)); // expect: path-traversal
});

app.get('/logs', (req, res) => {
  fs.createReadStream('./logs/' + req.query.file).pipe(res); // expect: path-traversal
});

app.delete('/files', express.json(), (req, res) => {
  fs.unlink(path.resolve(UPLOADS, req.body.name), (err) => res.sendStatus(err ? 404 : 204)); // expect: path-traversal
});

module.exports = app;
