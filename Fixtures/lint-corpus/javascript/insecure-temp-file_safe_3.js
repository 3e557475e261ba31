const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = require('tmp');

function exportReport(rows) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
  const file = path.join(dir, 'report.csv');
  fs.writeFileSync(file, rows.map((row) => row.join(',')).join('\n'), { mode: 0o600 });
  return file;
}

function scratchFile() {
  const handle = tmp.fileSync({ prefix: 'upload-', postfix: '.bin' });
  return handle.name;
}

module.exports = { exportReport, scratchFile };
