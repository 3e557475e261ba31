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

function clean(value) {
  return String(value).replace(/[\r\n\u2028\u2029]+/g, ' ').slice(0, 100);
}

app.post('/login', async (req, res) => {
  const { username, password } = req.body;
  const user = await authenticate(username, password);
  if (!user) {
    logger.warn(`failed login for ${clean(username)} from ${req.ip}`);
    res.status(401).end();
    return;
  }
  logger.info('login ok: user id ' + user.id);
  res.redirect('/');
});

app.use((req, res) => {
  const line = ['404', req.method, encodeURI(req.path), clean(req.get('User-Agent'))].join(' ');
  logger.info(line);
  res.status(404).send('not found');
});

module.exports = app;
