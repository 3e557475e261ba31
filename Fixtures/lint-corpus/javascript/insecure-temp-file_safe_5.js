'use strict';
// render-pdf.js -- scratch folders with unguessable names
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

function renderPdf(html) {
  const workdir = `/tmp/pdf-${crypto.randomUUID()}`;
  fs.mkdirSync(workdir, { mode: 0o700 });
  const source = path.join(workdir, 'page.html');
  fs.writeFileSync(source, html);
  execFileSync('wkhtmltopdf', [source, path.join(workdir, 'page.pdf')]);
  return fs.readFileSync(path.join(workdir, 'page.pdf'));
}

module.exports = { renderPdf };
