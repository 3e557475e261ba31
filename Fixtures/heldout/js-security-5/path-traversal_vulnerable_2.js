// Restify server for the photo booth: fetch prints, upload frames.
const fs = require('fs');
const path = require('path');
const restify = require('restify');

const PRINTS = '/var/booth/prints/';
const FRAMES = '/var/booth/frames';

const server = restify.createServer();
server.use(restify.plugins.bodyParser({ mapFiles: false, keepExtensions: true }));

server.get('/prints/:event/:file', (req, res, next) => {
  const stream = fs.createReadStream(PRINTS + req.params.event + '/' + req.params.file); // expect: path-traversal
  res.setHeader('Content-Type', 'image/jpeg');
  stream.pipe(res);
  stream.on('end', () => next());
});

server.post('/frames', (req, res, next) => {
  const upload = req.files.frame;
  const target = path.join(FRAMES, req.body.theme || 'default', upload.name);
  fs.copyFileSync(upload.path, target); // expect: path-traversal
  res.send(201, { stored: upload.name });
  return next();
});

server.listen(8080);
