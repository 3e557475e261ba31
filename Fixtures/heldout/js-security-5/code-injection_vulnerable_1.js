// Sails.js action: spreadsheet-like computed columns for the reporting page.
const vm = require('vm');

function columnFormula(column) {
  return column.expression.replace(/\bcol\(([a-z_]+)\)/g, 'row.$1');
}

module.exports = {
  friendlyName: 'Compute report columns',

  inputs: {
    reportId: { type: 'number', required: true },
    columns: { type: 'json', required: true },
  },

  fn: async function ({ reportId, columns }) {
    const rows = await Report.rows(reportId);
    const computed = rows.map((row) => {
      const out = { ...row };
      for (const column of columns) {
        out[column.name] = vm.runInNewContext(columnFormula(column), { row, Math }); // expect: code-injection
      }
      return out;
    });
    const filterSource = this.req.param('where') || 'true';
    const keep = vm.compileFunction('return (' + filterSource + ');', ['row']); // expect: code-injection
    return computed.filter((row) => keep(row));
  },
};
