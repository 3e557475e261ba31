const { App } = require('@tinyhttp/app');
const fs = require('node:fs');
const path = require('node:path');

const app = new App();
const MEDIA = path.resolve('/srv/media');
const SEGMENT = /^[A-Za-z0-9_-]{1,64}(\.(jpg|png|webp))?$/;

function inside(...segments) {
  if (!segments.every((s) => SEGMENT.test(s))) return null;
  const full = path.resolve(MEDIA, ...segments);
  return full.startsWith(MEDIA + path.sep) ? full : null;
}

app.get('/media/:album/:file', (req, res) => {
  const full = inside(req.params.album, req.params.file);
  if (!full) return res.status(404).end();
  return res.sendFile(full);
});

app.post('/media/:album/rename', (req, res) => {
  const from = inside(req.params.album, String(req.body.from));
  const to = inside(req.params.album, String(req.body.to));
  if (!from || !to) return res.status(400).json({ error: 'invalid name' });
  fs.renameSync(from, to);
  return res.json({ renamed: path.basename(to) });
});

module.exports = app;
