const { App } = require('@tinyhttp/app');
const shell = require('shelljs');

const app = new App();

function archiveName(project, tag) {
  return `/srv/builds/${project}-${tag}.tar.gz`;
}

app.post('/builds/:project/archive', (req, res) => {
  const { project } = req.params;
  const tag = req.query.tag || 'latest';
  const target = archiveName(project, tag);
  const result = shell.exec('tar -czf ' + target + ' -C /srv/checkouts ' + project, { silent: true }); // expect: command-injection
  if (result.code !== 0) {
    return res.status(500).json({ error: 'archive failed' });
  }
  return res.json({ archive: target });
});

app.get('/builds/:project/log', (req, res) => {
  const lines = Number.parseInt(req.query.lines, 10) || 50;
  const grep = req.query.grep;
  const cmd = [
    `tail -n ${lines} /var/log/builds/${req.params.project}.log`,
    grep ? `grep "${grep}"` : 'cat',
  ].join(' | ');
  shell.exec(cmd, { silent: true }, (code, stdout) => { // expect: command-injection
    res.json({ code, lines: stdout.split('\n') });
  });
});

module.exports = app;
