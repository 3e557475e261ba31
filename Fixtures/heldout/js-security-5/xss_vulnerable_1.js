// Restify server: public status page and a search results fragment.
const restify = require('restify');
const { incidents, searchServices } = require('./status');

const server = restify.createServer();
server.use(restify.plugins.queryParser());

function incidentList(items) {
  return '<ul>' + items.map((i) => `<li>${i.title}</li>`).join('') + '</ul>';
}

server.get('/status', async (req, res, next) => {
  const region = req.query.region || 'all';
  const page = `<html><body><h1>Status for ${region}</h1>${incidentList(await incidents(region))}</body></html>`;
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  res.end(page); // expect: xss
  return next();
});

server.get('/status/search', async (req, res, next) => {
  const hits = await searchServices(req.query.q);
  const fragment = '<p>' + hits.length + ' results for <b>' + req.query.q + '</b></p>';
  res.sendRaw(200, fragment, { 'Content-Type': 'text/html' }); // expect: xss
  return next();
});

server.listen(8080);
