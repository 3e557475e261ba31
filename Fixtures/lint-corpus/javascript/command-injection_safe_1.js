const express = require('express');
const { execFile, execSync } = require('child_process');

const app = express();
app.use(express.json());

app.get('/ping', (req, res) => {
  const host = req.query.host;
  execFile('ping', ['-c', '3', host], (error, stdout) => {
    res.json({ ok: !error, output: stdout });
  });
});

app.get('/version', (_req, res) => {
  res.send(execSync('git rev-parse --short HEAD').toString().trim());
});

app.get('/tail', (req, res) => {
  const lines = Number(req.query.lines) || 20;
  res.send(execSync(`tail -n ${lines} /var/log/app.log`).toString());
});

module.exports = app;
