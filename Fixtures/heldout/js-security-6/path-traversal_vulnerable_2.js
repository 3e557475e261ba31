const { App } = require('@tinyhttp/app');
const fs = require('node:fs');
const path = require('node:path');

const app = new App();
const MEDIA = '/srv/media';

app.get('/media/:album/:file', (req, res) => {
  const { album, file } = req.params;
  res.sendFile(MEDIA + '/' + album + '/' + file); // expect: path-traversal
});

app.post('/media/:album/rename', (req, res) => {
  const dir = path.join(MEDIA, req.params.album);
  const from = path.join(dir, req.body.from);
  const to = path.join(dir, req.body.to);
  fs.renameSync(from, to); // expect: path-traversal
  res.json({ renamed: req.body.to });
});

module.exports = app;
