const express = require('express');
const errorhandler = require('errorhandler');

const app = express();

app.get('/orders/:id', (req, res, next) => {
  next(new Error(`order ${req.params.id} not found`));
});

if (process.env.NODE_ENV === 'development') {
  app.use(errorhandler());
} else {
  app.use((err, _req, res, _next) => {
    res.status(500).json({ error: 'internal error' });
  });
}

module.exports = app;
