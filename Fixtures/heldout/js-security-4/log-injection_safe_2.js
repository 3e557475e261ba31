'use strict';
// Express router: API key middleware that logs request values JSON-encoded on one line.
const express = require('express');
const bunyan = require('bunyan');
const { findKey } = require('../keys');

const log = bunyan.createLogger({ name: 'api-auth' });
const router = express.Router();

function quoted(value) {
  return JSON.stringify(String(value).slice(0, 100));
}

router.use(async (req, res, next) => {
  const record = await findKey(req.get('x-api-key') || '');
  if (!record) {
    log.warn('rejected key for client ' + quoted(req.get('x-client-name') || 'unknown'));
    return res.status(401).end();
  }
  req.apiClient = record;
  return next();
});

router.post('/imports', express.json(), (req, res) => {
  log.info({ client: req.apiClient.id, source: req.body.source }, 'import started');
  res.status(202).json({ queued: true });
});

module.exports = router;
