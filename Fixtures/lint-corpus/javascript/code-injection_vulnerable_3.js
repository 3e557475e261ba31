const express = require('express');
const vm = require('vm');

const app = express();
app.use(express.json());

app.post('/pricing/preview', (req, res) => {
  const { formula, price, qty } = req.body;
  const total = vm.runInNewContext(formula, { price, qty }); // expect: code-injection
  res.json({ total });
});

app.get('/reports/filter', (req, res) => {
  const predicate = new Function('row', 'return ' + req.query.filter); // expect: code-injection
  res.json(loadRows().filter(predicate));
});

function loadRows() {
  return [{ id: 1, amount: 10 }, { id: 2, amount: 25 }];
}

module.exports = app;
