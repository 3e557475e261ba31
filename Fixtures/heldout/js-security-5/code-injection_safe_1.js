// Sails.js action: computed columns from a small operator table, no evaluation of text.
const OPERATIONS = {
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => (b === 0 ? null : a / b),
};

function operand(row, token) {
  if (typeof token === 'number') {
    return token;
  }
  return Object.prototype.hasOwnProperty.call(row, token) ? Number(row[token]) : 0;
}

module.exports = {
  friendlyName: 'Compute report columns',

  inputs: {
    reportId: { type: 'number', required: true },
    columns: { type: 'json', required: true },
  },

  fn: async function ({ reportId, columns }) {
    const rows = await Report.rows(reportId);
    const valid = columns.filter((c) => Object.prototype.hasOwnProperty.call(OPERATIONS, c.op));
    return rows.map((row) => {
      const out = { ...row };
      for (const column of valid) {
        out[column.name] = OPERATIONS[column.op](operand(row, column.left), operand(row, column.right));
      }
      return out;
    });
  },
};
