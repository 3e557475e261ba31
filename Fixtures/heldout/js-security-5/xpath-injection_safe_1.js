// Restify endpoint: timetable lookups with fontoxpath variables.
const fs = require('fs');
const restify = require('restify');
const { DOMParser } = require('@xmldom/xmldom');
const { evaluateXPathToNodes } = require('fontoxpath');

const timetable = new DOMParser().parseFromString(fs.readFileSync('/srv/data/timetable.xml', 'utf8'), 'text/xml');

const server = restify.createServer();
server.use(restify.plugins.queryParser());

server.get('/departures', (req, res, next) => {
  const nodes = evaluateXPathToNodes(
    '//departure[@stop = $stop and (not($line) or @line = $line)]',
    timetable,
    null,
    { stop: String(req.query.stop || ''), line: String(req.query.line || '') },
  );
  res.send(nodes.map((n) => n.getAttribute('time')));
  return next();
});

server.listen(8080);
