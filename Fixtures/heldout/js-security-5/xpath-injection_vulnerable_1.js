// Restify endpoint: look up timetable entries in an XML export (fontoxpath).
const fs = require('fs');
const restify = require('restify');
const { DOMParser } = require('@xmldom/xmldom');
const { evaluateXPathToNodes } = require('fontoxpath');

const timetable = new DOMParser().parseFromString(fs.readFileSync('/srv/data/timetable.xml', 'utf8'), 'text/xml');

function stopQuery(stop, line) {
  const parts = [`@stop = "${stop}"`];
  if (line) {
    parts.push(`@line = "${line}"`);
  }
  return '//departure[' + parts.join(' and ') + ']';
}

const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/departures', (req, res, next) => {
  const nodes = evaluateXPathToNodes(stopQuery(req.query.stop, req.query.line), timetable); // expect: xpath-injection
  res.send(nodes.map((n) => n.getAttribute('time')));
  return next();
});

server.listen(8080);
