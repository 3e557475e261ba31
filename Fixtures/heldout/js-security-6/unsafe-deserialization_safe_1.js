const { App } = require('@tinyhttp/app');
const { unserialize } = require('php-serialize');

const app = new App();

function restoreState(text) {
  const parsed = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TypeError('state must be an object');
  }
  const out = {};
  for (const key of ['filters', 'page', 'view']) {
    if (key in parsed) out[key] = parsed[key];
  }
  return out;
}

app.post('/state/restore', (req, res) => {
  const state = restoreState(String(req.body.state));
  res.json({ restored: Object.keys(state) });
});

app.get('/legacy/cart', (req, res) => {
  const raw = Buffer.from(req.cookies.legacy_cart || '', 'base64').toString('utf8');
  const data = unserialize(raw, {}, { strict: true });
  const lines = Array.isArray(data.lines) ? data.lines : [];
  res.json({ lines: lines.length });
});

module.exports = app;
