'use strict';
// Express login and password-reset routes, bunyan structured fields
const express = require('express');
const bunyan = require('bunyan');
const { authenticate, startReset } = require('./accounts');

const log = bunyan.createLogger({ name: 'accounts' });
const router = express.Router();
const REASONS = new Set(['forgot', 'compromised', 'expired']);

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    log.warn({ email: req.body.email, ip: req.ip }, 'failed login');
    return res.status(401).send('invalid credentials');
  }
  return res.json({ id: user.id });
});

router.post('/password-reset', express.json(), async (req, res) => {
  const { email, reason } = req.body;
  const why = REASONS.has(reason) ? reason : 'other';
  log.info('reset requested for %s reason=%s', JSON.stringify(String(email)), why);
  await startReset(email);
  res.status(202).end();
});

module.exports = router;
