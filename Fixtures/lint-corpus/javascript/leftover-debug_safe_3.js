const express = require('express');
const pino = require('pino');

const logger = pino({ level: process.env.LOG_LEVEL || 'info' });
const app = express();
app.use(express.json());

app.post('/checkout', (req, res) => {
  logger.debug({ items: req.body.items.length }, 'checkout');
  const total = req.body.items.reduce((sum, item) => sum + item.price, 0);
  res.json({ total });
});

process.on('unhandledRejection', (reason) => {
  logger.error({ reason }, 'unhandled rejection');
});

module.exports = app;
