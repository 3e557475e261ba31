'use strict';

const express = require('express');
const Handlebars = require('handlebars');
const _ = require('lodash');
const { loadCustomer } = require('./customers');

const app = express();
app.use(express.json());

app.post('/emails/preview', async (req, res) => {
  const customer = await loadCustomer(req.body.customerId);
  const render = Handlebars.compile(req.body.template); // expect: template-injection
  const subjectTpl = _.template(req.body.subject); // expect: template-injection
  res.json({
    subject: subjectTpl({ customer }),
    html: render({ customer, unsubscribeUrl: `https://mail.example.com/u/${customer.id}` }),
  });
});

module.exports = app;
