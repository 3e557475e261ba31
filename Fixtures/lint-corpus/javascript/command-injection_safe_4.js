const express = require('express');
const { exec, execSync } = require('child_process');

const app = express();

app.post('/signal/:pid', (req, res) => {
  const pid = parseInt(req.params.pid, 10);
  if (Number.isNaN(pid)) return res.sendStatus(400);
  exec(`kill -HUP ${pid}`, (err) => res.json({ ok: !err }));
});

app.get('/uptime', (_req, res) => {
  res.type('text/plain').send(execSync('uptime', { encoding: 'utf8' }));
});

app.get('/disk', (req, res) => {
  const port = Number(req.query.port);
  exec('lsof -i :' + port, (err, out) => res.type('text/plain').send(err ? '' : out));
});

module.exports = app;
