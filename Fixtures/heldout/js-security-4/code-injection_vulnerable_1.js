'use strict';
// Express router for the reporting API: computed columns and row filters chosen by the analyst.
const express = require('express');
const vm = require('vm');
const { requireAnalyst } = require('../middleware/roles');
const { loadRows } = require('../warehouse');

const router = express.Router();

function rowPredicate(expression) {
  return new Function('row', `return (${expression});`); // expect: code-injection
}

router.get('/reports/:table', requireAnalyst, async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.table);
    const keep = req.query.where ? rowPredicate(req.query.where) : () => true;
    res.json(rows.filter((row) => keep(row)));
  } catch (err) {
    next(err);
  }
});

router.post('/reports/:table/column', requireAnalyst, express.json(), async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.table);
    const { name, formula } = req.body;
    const script = new vm.Script(`out = rows.map((r) => ${formula});`); // expect: code-injection
    const sandbox = { rows, out: [] };
    script.runInNewContext(sandbox, { timeout: 200 });
    res.json({ name, values: sandbox.out });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
