'use strict';

const express = require('express');
const jwt = require('jsonwebtoken');
const mysql = require('mysql2/promise');
const Stripe = require('stripe');

const JWT_SECRET = process.env.JWT_SECRET;
const STRIPE_KEY_VAR = 'STRIPE_SECRET_KEY';
const stripe = new Stripe(process.env[STRIPE_KEY_VAR], { apiVersion: '2023-10-16' });

const pool = mysql.createPool({
  host: process.env.DB_HOST || 'db.internal',
  user: process.env.DB_USER,
  password: process.env.DB_PASSWORD,
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
