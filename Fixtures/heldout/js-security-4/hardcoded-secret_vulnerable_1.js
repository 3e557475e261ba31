'use strict';
// Serverless functions shared config for the order pipeline.
const mysql = require('mysql2/promise');
const sgMail = require('@sendgrid/mail');
const jwt = require('jsonwebtoken');

const config = {
  region: process.env.AWS_REGION || 'eu-west-1',
  mail: {
    from: 'orders@example.com',
    apiKey: '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', // expect: hardcoded-secret
  },
  signing: {
    receiptSecret: 'r3c31pt-s1gn1ng-k3y-2f9a8c7d6e5b4a39', // expect: hardcoded-secret
  },
};

sgMail.setApiKey(config.mail.apiKey);

const pool = mysql.createPool({
  host: 'orders-db.internal',
  user: 'orders_app',
  password: 'Tr0ub4dor&3-orders', // expect: hardcoded-secret
  database: 'orders',
});

exports.sendReceipt = async (event) => {
  const { orderId } = JSON.parse(event.body);
  const [rows] = await pool.execute('SELECT email, total FROM orders WHERE id = ?', [orderId]);
  const receipt = jwt.sign({ orderId, total: rows[0].total }, config.signing.receiptSecret, { expiresIn: '30d' });
  await sgMail.send({ to: rows[0].email, from: config.mail.from, subject: 'Your receipt', text: receipt });
  return { statusCode: 202, body: '' };
};
