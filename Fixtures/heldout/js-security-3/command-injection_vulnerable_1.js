'use strict';

const { exec, spawn } = require('child_process');
const express = require('express');

const app = express();
app.use(express.json());

function pdfArgs(options) {
  const args = ['--quiet', '--page-size', options.pageSize || 'A4'];
  if (options.landscape) {
    args.push('--orientation', 'Landscape');
  }
  args.push(options.url, `/tmp/exports/${options.name}.pdf`);
  return args;
}

app.post('/exports/pdf', (req, res) => {
  const cmd = 'wkhtmltopdf ' + pdfArgs(req.body).join(' ');
  exec(cmd, { timeout: 60000 }, (err) => { // expect: command-injection
    if (err) return res.status(500).json({ error: 'render failed' });
    res.json({ file: `${req.body.name}.pdf` });
  });
});

app.post('/exports/archive', (req, res) => {
  const dir = req.body.dir;
  const child = spawn('bash', ['-c', `cd /srv/projects && tar -czf - ${dir}`]); // expect: command-injection
  res.type('application/gzip');
  child.stdout.pipe(res);
});

module.exports = app;
