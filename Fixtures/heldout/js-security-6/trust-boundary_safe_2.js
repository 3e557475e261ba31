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

app.post('/checkout/cart', async (req, res) => {
  const plan = await findPlan(String(req.body.plan));
  if (!plan) return res.status(404).json({ error: 'unknown plan' });
  const seats = Math.min(Math.max(Number.parseInt(req.body.seats, 10) || 1, 1), plan.maxSeats);
  req.checkout.cart = { planId: plan.id, seats, unitPrice: plan.price };
  return res.json({ ok: true, total: seats * plan.price });
});

module.exports = app;
