const express = require('express');
const errorhandler = require('errorhandler');

const app = express();

app.get('/orders/:id', (req, res, next) => {
  next(new Error(`order ${req.params.id} not found`));
});

app.use(errorhandler()); // expect: debug-mode

module.exports = app;
