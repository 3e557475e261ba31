// Restify photo booth: prints addressed by generated ids, frames stored under random names.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const restify = require('restify');

const PRINTS = '/var/booth/prints';
const FRAMES = '/var/booth/frames';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const THEMES = new Set(['default', 'wedding', 'birthday']);

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapFiles: false, keepExtensions: true }));

server.get('/prints/:id', (req, res, next) => {
  if (!UUID.test(req.params.id)) {
    res.send(404);
    return next();
  }
  const stream = fs.createReadStream(path.join(PRINTS, req.params.id + '.jpg'));
  res.setHeader('Content-Type', 'image/jpeg');
  stream.pipe(res);
  stream.on('end', () => next());
});

server.post('/frames', (req, res, next) => {
  const theme = THEMES.has(req.body.theme) ? req.body.theme : 'default';
  const name = crypto.randomUUID() + path.extname(path.basename(req.files.frame.name)).toLowerCase();
  fs.copyFileSync(req.files.frame.path, path.join(FRAMES, theme, name));
  res.send(201, { stored: name });
  return next();
});

server.listen(8080);
