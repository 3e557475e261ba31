'use strict';
// Express router for the subscription wizard, keeping choices in express-session.
const express = require('express');
const { requireSession } = require('../middleware/access');
const { planPrice } = require('../billing');

const router = express.Router();
router.use(express.urlencoded({ extended: false }), requireSession);

router.post('/wizard/plan', (req, res) => {
  const { plan, seats, billingCycle } = req.body;
  req.session.wizard = { plan, seats, billingCycle }; // expect: trust-boundary
  res.redirect('/wizard/review');
});

router.post('/wizard/discount', (req, res) => {
  req.session.discountPercent = req.get('X-Partner-Discount') || req.body.discount; // expect: trust-boundary
  res.redirect('/wizard/review');
});

router.get('/wizard/review', (req, res) => {
  const wizard = req.session.wizard || {};
  res.render('wizard/review', { wizard, price: planPrice(wizard.plan) });
});

module.exports = router;
