'use strict';

const express = require('express');
const pino = require('pino');
const { authenticate } = require('./auth');

const logger = pino({ level: 'info' });
const router = express.Router();

router.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    logger.warn({ username: String(username), ip: req.ip }, 'login failed');
    return res.status(401).json({ error: 'invalid credentials' });
  }
  logger.info({ userId: user.id }, 'login ok');
  res.json({ ok: true });
});

module.exports = router;
