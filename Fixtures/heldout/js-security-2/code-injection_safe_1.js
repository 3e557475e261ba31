'use strict';
// Express API of the team spreadsheet: computed columns from a tiny RPN language
const express = require('express');

const router = express.Router();
const OPS = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0 ? NaN : a / b),
};

function evaluateRpn(tokens, row) {
  const stack = [];
  for (const tok of tokens) {
    if (Object.prototype.hasOwnProperty.call(OPS, tok)) {
      const b = stack.pop();
      const a = stack.pop();
      stack.push(OPS[tok](a, b));
    } else if (/^-?\d+(\.\d+)?$/.test(tok)) {
      stack.push(Number(tok));
    } else if (Object.prototype.hasOwnProperty.call(row, tok)) {
      stack.push(Number(row[tok]));
    } else {
      throw new Error(`unknown token ${tok}`);
    }
  }
  return stack.pop();
}

router.post('/sheets/:id/columns', express.json(), async (req, res) => {
  const sheet = await req.app.locals.sheets.load(req.params.id);
  const tokens = String(req.body.formula).trim().split(/\s+/);
  res.json({ values: sheet.rows.map((row) => evaluateRpn(tokens, row)) });
});

module.exports = router;
