'use strict';
const express = require('express');
const pino = require('pino');

const access = pino({ name: 'access' });
const logger = pino({ name: 'app' });
const app = express();

function oneLine(value) {
  return String(value).replace(/[\r\n]+/g, ' ');
}

app.get('/download/:file', (req, res) => {
  access.info({ file: req.params.file, agent: req.get('User-Agent') }, 'download');
  const line = ['download', oneLine(req.params.file), oneLine(req.query.ref)].join(' ');
  logger.warn(line);
  res.sendStatus(204);
});

module.exports = app;
