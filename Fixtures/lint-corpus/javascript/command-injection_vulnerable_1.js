const express = require('express');
const { exec, execSync } = require('child_process');

const app = express();
app.use(express.json());

app.get('/ping', (req, res) => {
  const host = req.query.host;
  exec('ping -c 3 ' + host, (error, stdout) => { // expect: command-injection
    res.json({ ok: !error, output: stdout });
  });
});

app.post('/clone', (req, res) => {
  const repo = req.body.repository;
  const output = execSync(`git clone --depth 1 ${repo} /srv/checkouts/latest`); // expect: command-injection
  res.send(output.toString());
});

module.exports = app;
