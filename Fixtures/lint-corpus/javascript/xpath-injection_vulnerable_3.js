// Timetable lookups in an XML export with an XPath engine's evaluate functions.
const { evaluateXPathToNodes } = require('fontoxpath');

function stopQuery(stop) {
  return `//departure[@stop = "${stop}"]`;
}

server.get('/departures', (req, res) => {
  const nodes = evaluateXPathToNodes(stopQuery(req.query.stop), timetable); // expect: xpath-injection
  res.send(nodes.length);
});
