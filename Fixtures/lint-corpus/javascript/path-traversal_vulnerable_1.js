const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const filePath = path.join(UPLOADS, req.params.name);
  fs.readFile(filePath, (err, data) => { // expect: path-traversal
    if (err) {
      res.sendStatus(404);
      return;
    }
    res.send(data);
  });
});

app.get('/download', (req, res) => {
  res.sendFile(path.resolve(UPLOADS, req.query.file)); // expect: path-traversal
});

app.delete('/files/:name', (req, res) => {
  fs.unlinkSync(UPLOADS + '/' + req.params.name); // expect: path-traversal
  res.sendStatus(204);
});

module.exports = app;
