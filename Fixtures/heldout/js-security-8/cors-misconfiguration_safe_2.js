// Polka API serving public chart data to any site, without credentials.
const polka = require('polka');
const { chartsFor } = require('./charts');

function allowAnyReader(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'GET');
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.end();
    return;
  }
  next();
}

polka()
  .use(allowAnyReader)
  .get('/charts/:week', async (req, res) => {
    const charts = await chartsFor(req.params.week);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.end(JSON.stringify(charts));
  })
  .listen(4100);
