'use strict';
// Express: order-confirmation e-mails from stored templates, customer text as data
const express = require('express');
const nunjucks = require('nunjucks');
const { sendMail } = require('./mailer');

const router = express.Router();
const env = nunjucks.configure('emails', { autoescape: true });
const HEADER = env.getTemplate('partials/header.njk');

router.post('/email-designer/preview', express.json(), async (req, res) => {
  const { subject, body } = req.body;
  const sample = { customer: 'Ada', orderNo: 'A-1001', total: '42.00' };
  const html = env.render('confirmation.njk', { ...sample, intro: body });
  await sendMail({ to: req.user.email, subject, html });
  res.json({ sent: true });
});

router.post('/email-designer/layout', express.json(), (req, res) => {
  const header = HEADER.render({ title: req.body.header });
  const html = nunjucks.renderString('<main>{{ header | safe }}<p>{{ note }}</p></main>', { header, note: req.body.note });
  res.json({ bytes: html.length });
});

module.exports = router;
