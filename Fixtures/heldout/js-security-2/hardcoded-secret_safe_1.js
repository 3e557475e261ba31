'use strict';
// config/production.js -- every credential comes from the environment
function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

const stripe = require('stripe')(required('STRIPE_SECRET_KEY'));

module.exports = {
  port: Number(process.env.PORT || 8080),
  stripe,
  jwt: {
    issuer: 'payments.example.com',
    secret: required('JWT_SECRET'),
    expiresIn: '1h',
  },
  database: {
    host: 'payments-db.internal',
    user: 'payments',
    password: process.env.PAYMENTS_DB_PASSWORD,
    database: 'payments',
  },
  webhookPath: '/hooks/stripe',
  passwordField: 'password',
};
