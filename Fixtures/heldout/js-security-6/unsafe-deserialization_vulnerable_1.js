const { App } = require('@tinyhttp/app');
const { unserialize } = require('php-serialize');
const { Cart, CartLine } = require('./cart');

const app = new App();

function revive(serialized) {
  return eval('(' + serialized + ')'); // expect: unsafe-deserialization
}

app.post('/state/restore', (req, res) => {
  const state = revive(req.body.state);
  res.json({ restored: Object.keys(state) });
});

app.get('/legacy/cart', (req, res) => {
  const raw = Buffer.from(req.cookies.legacy_cart || '', 'base64').toString('utf8');
  const cart = unserialize(raw, { Cart, CartLine }); // expect: unsafe-deserialization
  res.json({ lines: cart.lines.length, total: cart.total() });
});

module.exports = app;
