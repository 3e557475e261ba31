const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function renderPdf(html) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoice-'));
  const source = path.join(dir, 'invoice.html');
  fs.writeFileSync(source, html, { mode: 0o600 });
  const target = path.join(dir, 'invoice.pdf');
  execFileSync('wkhtmltopdf', [source, target]);
  const pdf = fs.readFileSync(target);
  fs.rmSync(dir, { recursive: true, force: true });
  return pdf;
}

module.exports = { renderPdf };
