'use strict';
const { execFile, execFileSync } = require('child_process');
const path = require('path');
const express = require('express');

const app = express();
app.use(express.json());
const BRANCH_RE = /^[A-Za-z0-9._\/-]{1,100}$/;

function thumbnailArgs(input, width) {
  const args = [input];
  args.push('-resize', `${width}x`);
  args.push(`/tmp/thumbs/${path.basename(input)}.jpg`);
  return args;
}

app.post('/thumbnails', (req, res) => {
  const file = path.basename(String(req.body.file));
  const width = Number.parseInt(req.body.width, 10) || 200;
  execFile('convert', thumbnailArgs(`/srv/uploads/${file}`, width), (err, stdout, stderr) => {
    if (err) {
      res.status(500).json({ error: stderr });
      return;
    }
    res.json({ ok: true });
  });
});

app.get('/git/log', (req, res) => {
  const branch = req.query.branch || 'main';
  if (!BRANCH_RE.test(branch) || branch.startsWith('-')) {
    res.status(400).end();
    return;
  }
  const out = execFileSync('git', ['log', '--oneline', '-n', '20', branch, '--'], { cwd: '/srv/repo' });
  res.type('text/plain').send(out);
});

module.exports = app;
