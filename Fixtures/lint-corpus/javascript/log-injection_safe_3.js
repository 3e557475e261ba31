const express = require('express');
const log4js = require('log4js');

const events = log4js.getLogger('events');
const app = express();
app.use(express.json());

app.post('/import', (req, res) => {
  const items = Array.isArray(req.body.items) ? req.body.items : [];
  events.info('import of %d items', items.length);
  events.info('import from %s', JSON.stringify(req.body.source));
  res.status(202).end();
});

module.exports = app;
