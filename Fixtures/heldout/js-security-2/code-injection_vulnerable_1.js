'use strict';
// Express API of the team spreadsheet: computed columns and import hooks
const express = require('express');
const vm = require('vm');

const router = express.Router();

function compileColumn(formula) {
  const body = 'return (' + formula + ');';
  return new Function('row', 'sum', body); // expect: code-injection
}

router.post('/sheets/:id/columns', express.json(), async (req, res) => {
  const sheet = await req.app.locals.sheets.load(req.params.id);
  const fn = compileColumn(req.body.formula);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  const values = sheet.rows.map((row) => fn(row, sum));
  res.json({ values });
});

router.post('/sheets/:id/import-hook', express.text(), async (req, res) => {
  const sandbox = { rows: [], result: null };
  vm.runInNewContext(req.body, sandbox, { timeout: 50 }); // expect: code-injection
  res.json({ result: sandbox.result });
});

module.exports = router;
