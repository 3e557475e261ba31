const { App } = require('@tinyhttp/app');
const { execFile } = require('node:child_process');

const app = new App();
const PROJECT = /^[a-z0-9][a-z0-9-]{1,40}$/;
const TAG = /^[A-Za-z0-9._-]{1,40}$/;

app.post('/builds/:project/archive', (req, res) => {
  const { project } = req.params;
  const tag = req.query.tag || 'latest';
  if (!PROJECT.test(project) || !TAG.test(tag)) {
    return res.status(400).json({ error: 'invalid project or tag' });
  }
  const target = `/srv/builds/${project}-${tag}.tar.gz`;
  execFile('tar', ['-czf', target, '-C', '/srv/checkouts', '--', project], (err) => {
    if (err) {
      res.status(500).json({ error: 'archive failed' });
      return;
    }
    res.json({ archive: target });
  });
  return undefined;
});

module.exports = app;
