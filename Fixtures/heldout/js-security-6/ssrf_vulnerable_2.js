const { App } = require('@tinyhttp/app');
const superagent = require('superagent');
const https = require('node:https');

const app = new App();

app.get('/proxy/image', async (req, res) => {
  const upstream = await superagent.get(req.query.src).buffer(true); // expect: ssrf
  res.set('Content-Type', upstream.type || 'application/octet-stream');
  res.send(upstream.body);
});

app.post('/hooks/test', (req, res) => {
  const { host, path } = req.body;
  const probe = https.get({ host, path: path || '/', timeout: 3000 }, (upstream) => { // expect: ssrf
    upstream.resume();
    res.json({ status: upstream.statusCode });
  });
  probe.on('error', () => res.status(502).json({ error: 'unreachable' }));
});

module.exports = app;
