const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function renderPdf(html) {
  const source = path.join(os.tmpdir(), 'invoice.html'); // expect: insecure-temp-file
  fs.writeFileSync(source, html);
  const target = source.replace('.html', '.pdf');
  execFileSync('wkhtmltopdf', [source, target]);
  return fs.readFileSync(target);
}

function saveUpload(buffer) {
  const file = '/tmp/upload-' + process.pid + '.bin'; // expect: insecure-temp-file
  fs.writeFileSync(file, buffer);
  return file;
}

module.exports = { renderPdf, saveUpload };
