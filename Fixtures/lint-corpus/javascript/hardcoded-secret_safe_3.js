const express = require('express');
const jwt = require('jsonwebtoken');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const JWT_SECRET = process.env.JWT_SECRET;
if (!JWT_SECRET) {
  throw new Error('JWT_SECRET is not set');
}
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.userId }, JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

app.post('/charge', async (req, res) => {
  const charge = await stripe.charges.create({ amount: 500, currency: 'usd', source: req.body.source });
  res.json({ id: charge.id });
});

module.exports = app;
