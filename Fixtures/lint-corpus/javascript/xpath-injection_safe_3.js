// Timetable lookups in an XML export with the stop passed as an XPath variable.
const { evaluateXPathToNodes } = require('fontoxpath');

server.get('/departures', (req, res) => {
  const nodes = evaluateXPathToNodes('//departure[@stop = $stop]', timetable, null, { stop: req.query.stop });
  res.send(nodes.length);
});
