'use strict';
const express = require('express');
const pino = require('pino');

const access = pino({ name: 'access' });
const logger = pino({ name: 'app' });
const app = express();

app.get('/download/:file', (req, res) => {
  access.info('download ' + req.params.file + ' by ' + req.get('User-Agent')); // expect: log-injection
  const line = ['download', req.params.file, req.query.ref].join(' ');
  logger.warn(line); // expect: log-injection
  res.sendStatus(204);
});

module.exports = app;
