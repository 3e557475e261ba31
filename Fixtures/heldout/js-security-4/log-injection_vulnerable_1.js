'use strict';
// Express router: API key authentication middleware with bunyan logging.
const express = require('express');
const bunyan = require('bunyan');
const { findKey } = require('../keys');

const log = bunyan.createLogger({ name: 'api-auth', streams: [{ path: '/var/log/api/auth.log' }] });
const router = express.Router();

async function apiKeyAuth(req, res, next) {
  const key = req.get('x-api-key') || '';
  const client = req.get('x-client-name') || 'unknown';
  const record = await findKey(key);
  if (!record) {
    log.warn('rejected key for client ' + client + ' from ' + req.ip); // expect: log-injection
    return res.status(401).end();
  }
  req.apiClient = record;
  return next();
}

router.use(apiKeyAuth);

router.post('/imports', express.json(), (req, res) => {
  const source = req.body.source || 'manual';
  log.info(`import started by ${req.apiClient.name} from source ${source}`); // expect: log-injection
  res.status(202).json({ queued: true });
});

module.exports = router;
