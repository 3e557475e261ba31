'use strict';
// config/production.js -- loaded by the payments worker
const stripe = require('stripe')('sk_live_51Hx9QbKz3TgV0aLq8WmNc2RfPy7Ds4Ej6Ku1Xo5Zi9Bv'); // expect: hardcoded-secret

module.exports = {
  port: Number(process.env.PORT || 8080),
  stripe,
  jwt: {
    issuer: 'payments.example.com',
    secret: 'f3c1e9b27a4d8c06e5b1a9f2d7c3e8b4', // expect: hardcoded-secret
    expiresIn: '1h',
  },
  database: {
    host: 'payments-db.internal',
    user: 'payments',
    password: 'pAym3nts!2024#prod', // expect: hardcoded-secret
    database: 'payments',
  },
  webhookPath: '/hooks/stripe',
};
