'use strict';
// Express router: analyst row filters as data (field, operator, value), no code evaluation.
const express = require('express');
const { requireAnalyst } = require('../middleware/roles');
const { loadRows } = require('../warehouse');

const OPERATORS = {
  eq: (a, b) => a === b,
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
  contains: (a, b) => String(a).includes(String(b)),
};

const router = express.Router();

router.post('/reports/:table/filter', requireAnalyst, express.json(), async (req, res, next) => {
  try {
    const rows = await loadRows(req.params.table);
    const conditions = Array.isArray(req.body.conditions) ? req.body.conditions : [];
    const checks = conditions.map(({ field, op, value }) => {
      if (!Object.prototype.hasOwnProperty.call(OPERATORS, op)) {
        throw Object.assign(new Error('unknown operator'), { status: 400 });
      }
      return (row) => Object.prototype.hasOwnProperty.call(row, field) && OPERATORS[op](row[field], value);
    });
    res.json(rows.filter((row) => checks.every((check) => check(row))));
  } catch (err) {
    next(err);
  }
});

module.exports = router;
