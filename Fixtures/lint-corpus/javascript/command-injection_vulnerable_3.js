const express = require('express');
const cp = require('node:child_process');
const util = require('node:util');

const execAsync = util.promisify(cp.exec);
const app = express();
app.use(express.json());

app.get('/ping', (req, res) => {
  const output = cp.execSync('ping -c 1 ' + req.query.host, { encoding: 'utf8' }); // expect: command-injection
  res.type('text/plain').send(output);
});

app.post('/backup', async (req, res) => {
  const { name } = req.body;
  const { stdout } = await execAsync(`tar -czf /backups/${name}.tgz ./uploads`); // expect: command-injection
  res.json({ ok: true, log: stdout.length });
});

module.exports = app;
