'use strict';

const { execFile } = require('child_process');
const express = require('express');

const app = express();
app.use(express.json());
const ALLOWED_GIT_HOSTS = new Set(['github.com', 'gitlab.com', 'bitbucket.org']);

function repoUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !ALLOWED_GIT_HOSTS.has(url.hostname)) return null;
  return url.toString();
}

app.post('/repos/branches', (req, res) => {
  const url = repoUrl(String(req.body.repository || ''));
  if (!url) return res.status(400).json({ error: 'unsupported repository' });
  execFile('git', ['ls-remote', '--heads', '--', url], { timeout: 15000 }, (err, stdout) => {
    if (err) return res.status(502).json({ error: 'git failed' });
    const branches = stdout.split('\n').filter(Boolean).map((line) => line.split('refs/heads/')[1]);
    res.json({ branches });
  });
});

module.exports = app;
