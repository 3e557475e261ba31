'use strict';

const path = require('path');
const express = require('express');

const EXPORTS = '/var/lib/crm/exports';
const ALLOWED_EXT = new Set(['.csv', '.xlsx', '.pdf']);
const router = express.Router();

router.get('/exports/download', (req, res) => {
  const name = path.basename(String(req.query.file || ''));
  if (!ALLOWED_EXT.has(path.extname(name).toLowerCase())) {
    return res.status(400).json({ error: 'unsupported file type' });
  }
  const orgDir = path.join(EXPORTS, String(req.user.orgId));
  res.sendFile(name, { root: orgDir, dotfiles: 'deny' }, (err) => {
    if (err) res.status(404).end();
  });
});

module.exports = router;
