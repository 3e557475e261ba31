'use strict';
// Express router for the newsletter: unsubscribe confirmation and tracked links.
const express = require('express');
const { unsubscribe, recordClick } = require('../newsletter');
const { verifyListToken } = require('../middleware/list-token');

const router = express.Router();

router.post('/unsubscribe', express.urlencoded({ extended: false }), verifyListToken, async (req, res) => {
  await unsubscribe(req.listMember);
  const back = req.body.back || req.get('referer') || '/';
  res.redirect(303, back); // expect: open-redirect
});

router.get('/l/:campaign', async (req, res) => {
  await recordClick(req.params.campaign, req.ip);
  res.location(req.query.u); // expect: open-redirect
  res.sendStatus(302);
});

module.exports = router;
