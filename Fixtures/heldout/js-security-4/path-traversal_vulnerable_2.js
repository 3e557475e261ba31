'use strict';
// Express router for shared project files, behind session and membership middleware.
const express = require('express');
const fs = require('fs');
const path = require('path');
const { requireSession, requireMember } = require('../middleware/access');

const STORAGE = path.join(__dirname, '..', 'storage', 'projects');
const router = express.Router({ mergeParams: true });

router.use(requireSession, requireMember);

router.get('/files', (req, res) => {
  const file = path.join(STORAGE, req.params.projectId, req.query.name);
  res.sendFile(file, (err) => { // expect: path-traversal
    if (err) res.status(404).end();
  });
});

router.get('/files/raw/:name', (req, res) => {
  const dir = STORAGE + '/' + req.params.projectId + '/';
  const stream = fs.createReadStream(dir + req.params.name); // expect: path-traversal
  stream.on('error', () => res.status(404).end());
  res.type('application/octet-stream');
  stream.pipe(res);
});

module.exports = router;
