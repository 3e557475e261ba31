const express = require('express');
const pino = require('pino');

const logger = pino({ level: process.env.LOG_LEVEL || 'info' });
const router = express.Router();

router.post('/signup', (req, res) => {
  const payload = req.body;
  logger.debug({ email: payload.email }, 'signup received');
  if (!payload.email) {
    res.status(400).json({ error: 'email required', hint: 'see console for debugger tips' });
    return;
  }
  res.status(201).json({ ok: true });
});

module.exports = router;
