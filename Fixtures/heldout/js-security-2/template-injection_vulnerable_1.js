'use strict';
// Express: customers design their own order-confirmation e-mails
const express = require('express');
const nunjucks = require('nunjucks');
const pug = require('pug');
const { sendMail } = require('./mailer');

const router = express.Router();

router.post('/email-designer/preview', express.json(), async (req, res) => {
  const { subject, body } = req.body;
  const sample = { customer: 'Ada', orderNo: 'A-1001', total: '42.00' };
  const html = nunjucks.renderString(body, sample); // expect: template-injection
  await sendMail({ to: req.user.email, subject, html });
  res.json({ sent: true });
});

router.post('/email-designer/layout', express.json(), (req, res) => {
  const layout = ['doctype html', 'html', '  body'];
  layout.push('    ' + req.body.header);
  layout.push('    block content');
  const render = pug.compile(layout.join('\n')); // expect: template-injection
  res.json({ bytes: render({}).length });
});

module.exports = router;
