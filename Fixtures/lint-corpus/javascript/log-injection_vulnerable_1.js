const express = require('express');
const winston = require('winston');

const app = express();
app.use(express.json());
const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

app.post('/login', (req, res) => {
  const { username } = req.body;
  logger.warn(`failed login for ${username}`); // expect: log-injection
  res.status(403).end();
});

app.get('/search', (req, res) => {
  console.log('search: ' + req.query.q); // expect: log-injection, leftover-debug
  res.json([]);
});

module.exports = app;
