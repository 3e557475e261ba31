const express = require('express');
const fs = require('fs');
const path = require('path');

const app = express();
const UPLOADS = path.join(__dirname, 'uploads');

app.get('/files/:name', (req, res) => {
  const filePath = path.join(UPLOADS, path.basename(req.params.name));
  fs.readFile(filePath, (err, data) => {
    if (err) {
      res.sendStatus(404);
      return;
    }
    res.send(data);
  });
});

app.get('/download', (req, res) => {
  res.sendFile(req.query.file, { root: UPLOADS, dotfiles: 'deny' });
});

app.get('/invoices/:id', (req, res) => {
  const id = Number.parseInt(req.params.id, 10);
  res.sendFile(path.join(__dirname, 'invoices', `${id}.pdf`));
});

module.exports = app;
