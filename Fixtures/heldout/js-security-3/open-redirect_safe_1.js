'use strict';

const express = require('express');
const passport = require('passport');

const router = express.Router();

function localPath(raw, fallback) {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) {
    return fallback;
  }
  const parsed = new URL(raw, 'http://placeholder.local');
  if (parsed.host !== 'placeholder.local') {
    return fallback;
  }
  return parsed.pathname + parsed.search;
}

router.post('/login', passport.authenticate('local', { failureRedirect: '/login?error=1' }), (req, res) => {
  res.redirect(localPath(req.body.returnTo, '/dashboard'));
});

module.exports = router;
