'use strict';
// Express router: the wizard stores plan ids and prices looked up on the server, seats clamped.
const express = require('express');
const { requireSession } = require('../middleware/access');
const { findPlan } = require('../billing');

const CYCLES = new Set(['monthly', 'yearly']);
const router = express.Router();
router.use(express.urlencoded({ extended: false }), requireSession);

router.post('/wizard/plan', async (req, res, next) => {
  try {
    const plan = await findPlan(String(req.body.plan));
    if (!plan) return res.status(400).render('wizard/plan', { error: 'Unknown plan' });
    const seats = Math.min(Math.max(Number.parseInt(req.body.seats, 10) || 1, 1), plan.maxSeats);
    const cycle = CYCLES.has(req.body.billingCycle) ? req.body.billingCycle : 'monthly';
    req.session.wizard = { planId: plan.id, unitPrice: plan.price, seats, cycle };
    return res.redirect('/wizard/review');
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
