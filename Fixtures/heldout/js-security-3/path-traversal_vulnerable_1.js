'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');

const EXPORTS = '/var/lib/crm/exports';
const router = express.Router();

function exportFile(org, file) {
  const folder = path.join(EXPORTS, org);
  return path.join(folder, file);
}

router.get('/exports/download', (req, res) => {
  const target = exportFile(req.user.orgSlug, req.query.file);
  res.download(target); // expect: path-traversal
});

router.delete('/exports/:name', (req, res) => {
  const dir = EXPORTS + '/' + req.user.orgSlug;
  fs.unlink(dir + '/' + req.params.name, (err) => { // expect: path-traversal
    if (err) return res.status(404).json({ error: 'not found' });
    res.status(204).end();
  });
});

module.exports = router;
