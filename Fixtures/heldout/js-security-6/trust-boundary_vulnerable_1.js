const { App } = require('@tinyhttp/app');
const sessions = require('client-sessions');
const { findPlan } = require('./plans');

const app = new App();

app.use(
  sessions({
    cookieName: 'checkout',
    secret: process.env.CHECKOUT_SESSION_SECRET,
    duration: 30 * 60 * 1000,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
  }),
);

function cartFrom(req) {
  return { plan: req.body.plan, seats: req.body.seats, coupon: req.body.coupon };
}

app.post('/checkout/cart', async (req, res) => {
  const plan = await findPlan(req.body.plan);
  if (!plan) return res.status(404).json({ error: 'unknown plan' });
  req.checkout.cart = cartFrom(req); // expect: trust-boundary
  return res.json({ ok: true });
});

app.post('/checkout/price', (req, res) => {
  req.checkout.unitPrice = Number(req.query.price); // expect: trust-boundary
  res.json({ ok: true });
});

module.exports = app;
