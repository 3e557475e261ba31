'use strict';
const { exec, execSync } = require('child_process');
const express = require('express');

const app = express();
app.use(express.json());

function thumbnailCommand(input, width) {
  const parts = ['convert', input];
  parts.push('-resize', `${width}x`);
  parts.push(`/tmp/thumbs/${input}.jpg`);
  return parts.join(' ');
}

app.post('/thumbnails', (req, res) => {
  const { file, width = 200 } = req.body;
  exec(thumbnailCommand(`/srv/uploads/${file}`, width), (err, stdout, stderr) => { // expect: command-injection
    if (err) {
      res.status(500).json({ error: stderr });
      return;
    }
    res.json({ ok: true });
  });
});

app.get('/git/log', (req, res) => {
  const branch = req.query.branch || 'main';
  const out = execSync('git log --oneline -n 20 ' + branch, { cwd: '/srv/repo' }); // expect: command-injection
  res.type('text/plain').send(out);
});

module.exports = app;
