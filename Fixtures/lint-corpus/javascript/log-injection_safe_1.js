const express = require('express');
const winston = require('winston');

const app = express();
app.use(express.json());
const logger = winston.createLogger({ format: winston.format.json(), transports: [new winston.transports.Console()] });

function oneLine(value) {
  return String(value).replace(/[\r\n]+/g, ' ');
}

app.post('/login', (req, res) => {
  logger.warn('failed login', { username: req.body.username });
  logger.info(`login attempt for ${oneLine(req.body.username)}`);
  res.status(403).end();
});

app.get('/search', (req, res) => {
  logger.info('search: ' + JSON.stringify(req.query.q));
  logger.info(`search length ${req.query.q.length}`);
  res.json([]);
});

module.exports = app;
