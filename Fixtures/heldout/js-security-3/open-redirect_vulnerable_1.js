'use strict';

const express = require('express');
const passport = require('passport');
const { shortLinks } = require('./links');

const router = express.Router();

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  const returnTo = req.body.returnTo || req.query.returnTo || '/dashboard';
  res.redirect(returnTo); // expect: open-redirect
});

router.get('/go/:code', async (req, res) => {
  const link = await shortLinks.find(req.params.code);
  const target = link ? link.url : req.query.fallback;
  res.redirect(301, target || '/'); // expect: open-redirect
});

module.exports = router;
