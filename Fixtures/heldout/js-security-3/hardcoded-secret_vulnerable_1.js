'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2/promise');
const Stripe = require('stripe');

const JWT_SECRET = 'b9c1f4e07a2d48e6a3f9c2d1e8b7a6f5'; // expect: hardcoded-secret
const stripe = new Stripe('sk_live_51Nq8ZtKx2QfR7mLpV3cYhD9wEaB6uJ0s', { apiVersion: '2023-10-16' }); // expect: hardcoded-secret

const pool = mysql.createPool({
  host: 'db.internal',
  user: 'orders_app',
  password: 'Or!ders#2024-prod', // expect: hardcoded-secret
  database: 'orders',
});

const app = express();
app.use(express.json());

app.post('/checkout', async (req, res) => {
  const { sub } = jwt.verify(req.get('authorization').slice(7), JWT_SECRET, { algorithms: ['HS256'] });
  const [rows] = await pool.execute('SELECT total_cents FROM carts WHERE user_id = ?', [sub]);
  const intent = await stripe.paymentIntents.create({ amount: rows[0].total_cents, currency: 'eur' });
  res.json({ clientSecret: intent.client_secret });
});

module.exports = app;
