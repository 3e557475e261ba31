'use strict';
// Express login and password-reset routes with a bunyan logger
const express = require('express');
const bunyan = require('bunyan');
const { authenticate, startReset } = require('./accounts');

const log = bunyan.createLogger({ name: 'accounts' });
const router = express.Router();

router.post('/login', express.urlencoded({ extended: false }), async (req, res) => {
  const user = await authenticate(req.body.email, req.body.password);
  if (!user) {
    log.warn('failed login for ' + req.body.email + ' from ' + req.get('x-forwarded-for')); // expect: log-injection
    return res.status(401).send('invalid credentials');
  }
  return res.json({ id: user.id });
});

router.post('/password-reset', express.json(), async (req, res) => {
  const { email, reason } = req.body;
  const line = [`reset requested for ${email}`, `reason=${reason}`].join(' ');
  log.info(line); // expect: log-injection
  await startReset(email);
  res.status(202).end();
});

module.exports = router;
