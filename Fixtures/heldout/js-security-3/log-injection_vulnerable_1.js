'use strict';

const express = require('express');
const winston = require('winston');
const { authenticate } = require('./auth');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.simple(),
  transports: [new winston.transports.File({ filename: '/var/log/portal/auth.log' })],
});
const router = express.Router();

router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    logger.warn(`login failed for user=${username} ip=${req.ip}`); // expect: log-injection
    return res.status(401).json({ error: 'invalid credentials' });
  }
  res.json({ ok: true });
});

router.get('/out', (req, res) => {
  const line = 'outbound click to ' + req.query.to + ' from ' + req.get('referer');
  logger.info(line); // expect: log-injection
  res.redirect('/');
});

module.exports = router;
