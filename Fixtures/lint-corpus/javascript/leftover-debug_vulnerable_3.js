const express = require('express');

const app = express();
app.use(express.json());

app.post('/checkout', (req, res) => {
  console.debug('checkout body', req.body); // expect: leftover-debug
  const total = req.body.items.reduce((sum, item) => sum + item.price, 0);
  console.dir(req.body.items, { depth: null }); // expect: leftover-debug
  res.json({ total });
});

module.exports = app;
