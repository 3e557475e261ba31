const express = require('express');
const log4js = require('log4js');

const events = log4js.getLogger('events');
const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const { source, owner } = req.body;
  events.info('import from %s requested by %s', source, owner); // expect: log-injection
  const line = ['import', source, 'agent', req.get('User-Agent')].join(' ');
  events.warn(line); // expect: log-injection
  res.status(202).end();
});

module.exports = app;
