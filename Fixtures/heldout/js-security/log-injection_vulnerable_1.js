'use strict';
const express = require('express');
const winston = require('winston');
const { authenticate } = require('./auth');

const logger = winston.createLogger({
  level: 'info',
  format: winston.format.simple(),
  transports: [new winston.transports.File({ filename: 'logs/auth.log' })],
});
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    logger.warn(`failed login for ${username} from ${req.ip}`); // expect: log-injection
    res.status(401).end();
    return;
  }
  logger.info('login ok: ' + username); // expect: log-injection
  res.redirect('/');
});

app.use((req, res) => {
  const line = ['404', req.method, req.originalUrl, req.get('User-Agent')].join(' ');
  logger.info(line); // expect: log-injection
  res.status(404).send('not found');
});

module.exports = app;
