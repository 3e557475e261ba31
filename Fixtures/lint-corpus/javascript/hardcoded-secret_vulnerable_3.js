const express = require('express');
const jwt = require('jsonwebtoken');
const Stripe = require('stripe');

const stripe = Stripe('sk_live_u8jzPde0IgxLd6GncfBAepfJ'); // expect: hardcoded-secret
const app = express();
app.use(express.json());

app.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.userId }, 'acme-prod-jwt-signing-secret-2024', { expiresIn: '1h' }); // expect: hardcoded-secret
  res.json({ token });
});

app.post('/charge', async (req, res) => {
  const charge = await stripe.charges.create({ amount: 500, currency: 'usd', source: req.body.source });
  res.json({ id: charge.id });
});

module.exports = app;
