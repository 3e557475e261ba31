const fs = require('fs');
const os = require('os');
const path = require('path');

function exportReport(rows) {
  const file = `${os.tmpdir()}/report-${Date.now()}.csv`; // expect: insecure-temp-file
  fs.writeFileSync(file, rows.map((row) => row.join(',')).join('\n'));
  return file;
}

function bufferUpload(stream) {
  const target = fs.createWriteStream(path.join(os.tmpdir(), 'upload.tmp')); // expect: insecure-temp-file
  stream.pipe(target);
  return target.path;
}

module.exports = { exportReport, bufferUpload };
